# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=await_const sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return "safe"


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await normalize(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
