# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=deque_pop sink=v0 expected=true
import base64
import collections
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    dq = collections.deque(["safe"])
    dq.append(param)
    bar = dq.pop()
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
