# generated case (gen_cases6): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi source=model shape=await_helper sink=v1 expected=true
import asyncio

from fastapi import FastAPI, Request
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


@app.post("/00110")
async def benchmark_test_00110(request: Request, item: Item):
    param = item.name
    bar = await echo_async(param)
    request.session[bar] = "10340"  # want: PY-TRUST-BOUNDARY
    result = True
    return {"result": str(result)}
