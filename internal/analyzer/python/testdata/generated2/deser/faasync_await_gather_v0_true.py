# generated case (gen_cases2): rule=PY-DESERIALIZATION context=faasync propagation=await_gather sink=v0 expected=true
import asyncio
import base64
import pickle

from fastapi import FastAPI

app = FastAPI()


async def normalize(value):
    return value.strip()


@app.get("/deser")
async def handle_deser(p: str = ""):
    param = p
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
