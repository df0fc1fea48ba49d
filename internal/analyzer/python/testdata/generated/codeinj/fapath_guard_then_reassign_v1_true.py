# generated case: rule=PY-CODE-INJECTION source=fapath propagation=guard_then_reassign sink=v1 expected=true
from fastapi import FastAPI, HTTPException

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/codeinj/{p}")
def handle_codeinj(p: str):
    param = p
    bar = param
    if bar not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param + "-v2"
    exec("total = " + bar, {})  # want: PY-CODE-INJECTION
    result = True
    return {"result": result}
