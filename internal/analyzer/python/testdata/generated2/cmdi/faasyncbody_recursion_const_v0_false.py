# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=recursion_const sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = unwrap(param, 3)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
