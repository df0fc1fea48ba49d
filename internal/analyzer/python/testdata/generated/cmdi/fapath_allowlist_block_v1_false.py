# generated case: rule=PY-CMDI source=fapath propagation=allowlist_block sink=v1 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    bar = param
    result = None
    if bar in ALLOWED:
        result = os.system("ping -c 1 " + bar)
    return {"result": result}
