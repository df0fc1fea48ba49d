# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=validator_guard sink=v0 expected=false
import os
import re

from fastapi import FastAPI, HTTPException

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    if not is_valid(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
