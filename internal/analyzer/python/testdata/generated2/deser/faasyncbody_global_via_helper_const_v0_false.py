# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=global_via_helper_const sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    remember(param)
    bar = LAST
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}
