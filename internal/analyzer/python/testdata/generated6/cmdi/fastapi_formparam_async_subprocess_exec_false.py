# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=formparam shape=async_subprocess_exec sink=specific expected=false
import asyncio

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00342")
async def benchmark_test_00342(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    proc = await asyncio.create_subprocess_exec("ping", "-c", "1", "--", bar)
    result = await proc.wait()
    return {"result": str(result)}
