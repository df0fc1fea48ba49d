# generated case: rule=PY-CODE-INJECTION source=fapath propagation=strip sink=v1 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    bar = param.strip()
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
