# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=helper_isinstance sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = coerce(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
