# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=helper_int sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = to_int_str(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
