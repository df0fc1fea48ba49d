# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=headerparam shape=async_subprocess_shell sink=specific expected=true
import asyncio

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00341")
async def benchmark_test_00341(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    proc = await asyncio.create_subprocess_shell("ping -c 1 " + bar)  # want: PY-CMDI
    result = await proc.wait()
    return {"result": str(result)}
