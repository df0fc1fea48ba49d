# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=cookie shape=partition_tail sink=v2 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00083")
def case_00083(request: Request):
    param = request.cookies.get("q", "none")
    head, sep, tail = ("static:" + param).partition(":")
    bar = tail
    result = os.popen("host " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
