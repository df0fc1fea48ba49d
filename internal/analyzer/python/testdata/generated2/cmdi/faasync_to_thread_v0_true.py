# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=to_thread sink=v0 expected=true
import asyncio
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = await asyncio.to_thread(str.strip, param)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
