# generated case: rule=PY-CODE-INJECTION source=fapath propagation=ternary_nonempty sink=v1 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    bar = param if param else "safe"
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
