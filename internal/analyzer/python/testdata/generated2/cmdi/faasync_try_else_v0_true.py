# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=try_else sink=v0 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    try:
        n = len(param)
    except TypeError:
        n = 0
    else:
        n = param
    bar = str(n)
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
