# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=formparam shape=execl_sh sink=specific expected=true
import os

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/case-00231")
def case_00231(request: Request, q: str = Form("")):
    param = q
    bar = param
    os.execl("/bin/sh", "sh", "-c", "echo " + bar)  # want: PY-CMDI
    result = True
    return {"result": str(result)}
