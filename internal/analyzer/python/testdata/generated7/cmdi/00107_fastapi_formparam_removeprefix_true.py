# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=formparam shape=removeprefix sink=v2 expected=true
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00107")
def case_00107(request: Request, q: str = Form("")):
    param = q
    bar = param.removeprefix("user:")
    result = os.popen("host " + bar).read()  # want: PY-CMDI
    return {"result": str(result)}
