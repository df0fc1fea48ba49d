# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=zip_dict sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = dict(zip(["k"], [param]))["k"]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
