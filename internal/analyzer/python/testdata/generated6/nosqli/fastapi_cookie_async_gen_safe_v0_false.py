# generated case (gen_cases6): category=nosqli rule=PY-NOSQLI fw=fastapi source=cookie shape=async_gen_safe sink=v0 expected=false
import asyncio

from fastapi import FastAPI, Request
from pymongo import MongoClient

app = FastAPI()
db = MongoClient("mongodb://localhost:27017")["benchmark"]


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.get("/00119")
def benchmark_test_00119(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    parts = [p async for p in chunks(param)]
    bar = parts[0]
    docs = list(db.users.find({"$where": "this.name == '" + bar + "'"}))
    result = len(docs)
    return {"result": str(result)}
