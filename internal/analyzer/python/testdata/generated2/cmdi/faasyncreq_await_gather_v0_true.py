# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=await_gather sink=v0 expected=true
import asyncio
import os

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
