# generated case: rule=PY-CODE-INJECTION source=fapath propagation=dictctor_a sink=v1 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    bar = dict(a=param, b="safe")["a"]
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
