# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=cookieparam shape=async_gen_safe sink=v1 expected=false
import asyncio
import subprocess

from fastapi import FastAPI, Cookie, Request

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


@app.get("/00120")
def benchmark_test_00120(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    parts = [p async for p in chunks(param)]
    bar = parts[0]
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
