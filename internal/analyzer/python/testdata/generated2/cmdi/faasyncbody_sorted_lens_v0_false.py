# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=sorted_lens sink=v0 expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = str(sorted([len(param), 3])[0])
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
