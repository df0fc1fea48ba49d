# generated case: rule=PY-CMDI source=fapath propagation=listslice_tail sink=v1 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    values = [param, "safe", "moresafe"]
    bar = values[1:][0]
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
