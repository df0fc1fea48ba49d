# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=fastapi source=queryparams shape=gather_taint sink=v1 expected=true
import asyncio
import jinja2

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


@app.get("/00122")
async def benchmark_test_00122(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    a, b = await asyncio.gather(label_async("x"), echo_async(param))
    bar = b
    result = jinja2.Template("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return {"result": str(result)}
