# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasyncreq propagation=await_gather_other sink=v0 expected=false
import asyncio
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/deser")
async def handle_deser(request: Request):
    param = request.query_params.get("p", "")
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return {"result": result}
