# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=async_listcomp sink=v0 expected=true
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def chars(value):
    for c in value:
        yield c


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = "".join([c async for c in chars(param)])
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
