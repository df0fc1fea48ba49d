# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=query shape=gather_safe sink=v1 expected=false
import asyncio

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


@app.get("/00126")
async def benchmark_test_00126(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    a, b = await asyncio.gather(label_async(param), echo_async("x"))
    bar = a + b
    request.session[bar] = "10340"
    result = True
    return {"result": str(result)}
