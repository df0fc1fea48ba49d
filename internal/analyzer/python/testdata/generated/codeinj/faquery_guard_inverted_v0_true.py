# generated case: rule=PY-CODE-INJECTION source=faquery propagation=guard_inverted sink=v0 expected=true
from fastapi import FastAPI, HTTPException

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/codeinj")
def handle_codeinj(p: str = ""):
    param = p
    bar = param
    if bar in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}
