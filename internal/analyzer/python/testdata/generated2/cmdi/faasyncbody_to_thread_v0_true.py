# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=to_thread sink=v0 expected=true
import asyncio
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await asyncio.to_thread(str.strip, param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
