# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=listofdicts_other sink=v0 expected=false
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[0]["n"]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}
