# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=recursion_ident sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = unwrap(param, 3)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
