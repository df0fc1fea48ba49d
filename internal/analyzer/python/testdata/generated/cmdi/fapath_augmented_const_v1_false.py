# generated case: rule=PY-CMDI source=fapath propagation=augmented_const sink=v1 expected=false
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    bar = "x"
    tmp = param
    bar += "y"
    result = os.system("ping -c 1 " + bar)
    return {"result": result}
