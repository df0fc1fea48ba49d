# generated case: rule=PY-DESERIALIZATION source=fapath propagation=guard_inverted sink=v1 expected=true
import yaml

from fastapi import FastAPI, HTTPException

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/deser/{p}")
def handle_deser(p: str):
    param = p
    bar = param
    if bar in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    obj = yaml.load(bar, Loader=yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
