# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=pop_index_rest sink=v2 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00035")
def case_00035(request: Request):
    param = request.query_params.get("q", "")
    vals = ["x", param, "y"]
    vals.pop(1)
    bar = vals[1]
    result = os.popen("host " + bar).read()
    return {"result": str(result)}
