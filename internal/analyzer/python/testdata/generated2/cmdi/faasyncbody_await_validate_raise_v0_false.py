# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=await_validate_raise sink=v0 expected=false
import os
import re

from fastapi import FastAPI, Request

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await validate(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
