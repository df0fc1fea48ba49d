# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=fastapi source=querystring shape=gather_safe sink=v2 expected=false
import asyncio
import jsonpickle
import urllib.parse

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


@app.get("/00125")
async def benchmark_test_00125(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    a, b = await asyncio.gather(label_async(param), echo_async("x"))
    bar = a + b
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return {"result": str(result)}
