# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=cookie shape=httpx_async_get sink=specific expected=true
import httpx

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00424")
async def benchmark_test_00424(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    async with httpx.AsyncClient(proxy="http://egress.internal:3128") as client:
        resp = await client.get(bar)  # want: PY-SSRF
        result = resp.status_code
    return {"result": str(result)}
