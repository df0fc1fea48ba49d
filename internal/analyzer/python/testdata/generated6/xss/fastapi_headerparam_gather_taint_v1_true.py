# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=headerparam shape=gather_taint sink=v1 expected=true
import asyncio

from fastapi import FastAPI, Header, Request
from fastapi.responses import HTMLResponse

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


@app.get("/00121")
async def benchmark_test_00121(request: Request, referer: str = Header("")):
    param = referer
    a, b = await asyncio.gather(label_async("x"), echo_async(param))
    bar = b
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")  # want: PY-XSS
