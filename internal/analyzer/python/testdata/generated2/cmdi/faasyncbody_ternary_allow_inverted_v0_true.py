# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=ternary_allow_inverted sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = param if param not in ALLOWED else "alpha"
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
