# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=multi shape=async_gen_taint sink=v2 expected=true
import asyncio
import requests

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def echo_async(value):
    await asyncio.sleep(0)
    return value.strip()


async def label_async(value):
    await asyncio.sleep(0)
    return "fixed"


async def chunks(value):
    yield "safe"
    yield value


@app.get("/00115")
def benchmark_test_00115(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    parts = [p async for p in chunks(param)]
    bar = parts[1]
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
