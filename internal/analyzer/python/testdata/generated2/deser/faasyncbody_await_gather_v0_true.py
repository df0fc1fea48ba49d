# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncbody propagation=await_gather sink=v0 expected=true
import asyncio
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.post("/deser")
async def handle_deser(request: Request):
    payload = await request.json()
    param = payload["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
