# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=async_listcomp sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


async def chars(value):
    for c in value:
        yield c


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = "".join([c async for c in chars(param)])
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
