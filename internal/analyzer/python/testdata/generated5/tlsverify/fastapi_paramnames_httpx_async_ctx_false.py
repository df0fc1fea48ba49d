# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=paramnames shape=httpx_async_ctx expected=false
import httpx
import ssl

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00193")
async def benchmark_test_00193(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    async with httpx.AsyncClient(verify=ssl.create_default_context(), proxy="http://egress.internal:3128") as client:
        result = (await client.get("https://partner.example.com/api/lookup", params={"q": bar})).status_code
    return {"result": str(result)}
