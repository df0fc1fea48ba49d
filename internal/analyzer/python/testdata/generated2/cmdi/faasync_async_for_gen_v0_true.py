# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=async_for_gen sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


async def agen(value):
    yield value


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = ""
    async for item in agen(param):
        bar = item
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
