# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=zip_first sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
