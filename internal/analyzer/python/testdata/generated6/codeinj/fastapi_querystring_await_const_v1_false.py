# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=fastapi source=querystring shape=await_const sink=v1 expected=false
import asyncio
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


@app.get("/00112")
async def benchmark_test_00112(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = await label_async(param)
    exec("value = " + bar, {})
    result = True
    return {"result": str(result)}
