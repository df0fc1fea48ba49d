# generated case: rule=PY-DESERIALIZATION source=faquery propagation=guard_and_len sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, HTTPException

app = FastAPI()


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/deser")
def handle_deser(p: str = ""):
    param = p
    bar = param
    if bar not in ALLOWED and len(bar) > 100:
        raise HTTPException(status_code=400, detail="invalid")
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
