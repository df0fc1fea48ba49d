# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=dict_allow_get_default_param sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ALLOWED.get("zeta", param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
