# generated case: rule=PY-CODE-INJECTION source=faquery propagation=dict_keyB sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyB"]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
