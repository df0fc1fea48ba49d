# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=await_const sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


async def normalize(value):
    return "safe"


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = await normalize(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
