# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=to_thread sink=v0 expected=true
import asyncio
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = await asyncio.to_thread(str.strip, param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
