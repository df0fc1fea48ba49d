# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=await_chain sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


async def inner(value):
    return value


async def outer(value):
    return await inner(value)


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = await outer(param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
