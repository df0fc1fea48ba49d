# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=query shape=try_finally_overwrite sink=v2 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00131")
def case_00131(request: Request, q: str = ""):
    param = q
    try:
        bar = param.strip()
    finally:
        bar = "fixed"
    result = os.popen("host " + bar).read()
    return {"result": str(result)}
