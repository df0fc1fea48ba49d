# generated case (gen_cases2): rule=PY-CMDI context=faasyncbody propagation=async_for_gen sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


async def agen(value):
    yield value


@app.post("/cmdi")
async def handle_cmdi(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = ""
    async for item in agen(param):
        bar = item
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
