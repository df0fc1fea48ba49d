# generated case (gen_cases6): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=model shape=gather_taint sink=v0 expected=true
import asyncio

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.post("/00123")
async def benchmark_test_00123(request: Request, item: Item):
    param = item.name
    a, b = await asyncio.gather(label_async("x"), echo_async(param))
    bar = b
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
