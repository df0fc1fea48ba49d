# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=validator_weak sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_short(value):
    return len(value) < 64


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
