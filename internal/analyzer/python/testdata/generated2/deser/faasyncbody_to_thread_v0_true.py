# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=to_thread sink=v0 expected=true
import asyncio
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await asyncio.to_thread(str.strip, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
