# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=await_ident sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await normalize(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
