# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=helper_isinstance sink=v0 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


def coerce(value):
    if isinstance(value, int):
        return str(value)
    return "0"


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = coerce(param)
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
