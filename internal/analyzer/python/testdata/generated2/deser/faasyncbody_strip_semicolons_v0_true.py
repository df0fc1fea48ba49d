# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=strip_semicolons sink=v0 expected=true
import base64
import pickle
import re

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = re.sub(r"[;&|]", "", param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
