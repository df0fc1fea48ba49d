# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=ternary_allow sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param if param in ALLOWED else "alpha"
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
