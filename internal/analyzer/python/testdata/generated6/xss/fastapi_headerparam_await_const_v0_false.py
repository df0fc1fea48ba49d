# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=headerparam shape=await_const sink=v0 expected=false
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


@app.get("/00114")
async def benchmark_test_00114(request: Request, referer: str = Header("")):
    param = referer
    bar = await label_async(param)
    return HTMLResponse(f"<p>Formatted like: {bar}</p>")
