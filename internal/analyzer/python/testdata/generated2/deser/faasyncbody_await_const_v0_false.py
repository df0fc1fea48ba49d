# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=await_const sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return "safe"


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await normalize(param)
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}
