# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam shape=dict_alias_original sink=v2 expected=true
import os

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/case-00059")
def case_00059(request: Request, x_query: str = Header("")):
    param = x_query
    base = {"q": "safe"}
    work = base
    work["q"] = param
    bar = base["q"]
    result = os.popen("host " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
