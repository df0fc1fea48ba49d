# generated case: rule=PY-CMDI source=fapath propagation=dict_pop_keyB sink=v1 expected=true
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi/{p}")
def handle_cmdi(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m.pop("keyB")
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
