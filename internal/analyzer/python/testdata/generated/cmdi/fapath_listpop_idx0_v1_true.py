# generated case: rule=PY-CMDI source=fapath propagation=listpop_idx0 sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    values = ["safe", param, "moresafe"]
    values.pop(0)
    bar = values[0]
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
