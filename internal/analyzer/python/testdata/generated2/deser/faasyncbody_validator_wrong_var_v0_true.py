# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=validator_wrong_var sink=v0 expected=true
import base64
import pickle
import re

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    other = "alpha"
    if not is_valid(other):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
