# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=queryparams shape=await_helper sink=v0 expected=true
import asyncio
import base64
import pickle

from fastapi import FastAPI, Request

app = FastAPI()


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.get("/00109")
async def benchmark_test_00109(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = await echo_async(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": str(result)}
