# generated case (gen_cases6): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=query shape=await_const sink=v2 expected=false
import asyncio
import pathlib

from fastapi import FastAPI, Request

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.get("/00113")
async def benchmark_test_00113(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = await label_async(param)
    result = (pathlib.Path(BASE_DIR) / bar).read_text()
    return {"result": str(result)}
