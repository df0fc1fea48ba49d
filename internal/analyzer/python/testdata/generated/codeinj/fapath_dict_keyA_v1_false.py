# generated case: rule=PY-CODE-INJECTION source=fapath propagation=dict_keyA sink=v1 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    exec("total = " + bar, {})
    result = True
    return {"result": result}
