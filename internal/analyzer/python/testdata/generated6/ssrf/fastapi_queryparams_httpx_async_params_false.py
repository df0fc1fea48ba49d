# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=queryparams shape=httpx_async_params sink=specific expected=false
import httpx

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00425")
async def benchmark_test_00425(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    async with httpx.AsyncClient(proxy="http://egress.internal:3128") as client:
        resp = await client.get("https://api.example.com/search", params={"q": bar})
        result = resp.status_code
    return {"result": str(result)}
