# generated case: rule=PY-CMDI source=fapath propagation=tupleunpack_second sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    _label, bar = "safe", param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
