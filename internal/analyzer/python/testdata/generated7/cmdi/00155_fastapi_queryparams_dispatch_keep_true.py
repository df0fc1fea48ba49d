# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=dispatch_keep sink=v2 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()
HANDLERS = {"keep": lambda v: v.strip(), "mask": lambda v: "masked"}


@app.get("/case-00155")
def case_00155(request: Request):
    param = request.query_params.get("q", "")
    bar = HANDLERS["keep"](param)
    result = os.popen("host " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
