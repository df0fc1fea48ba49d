# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=cookie shape=aiohttp_connector_ssl_false expected=true
import aiohttp

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00191")
async def benchmark_test_00191(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    connector = aiohttp.TCPConnector(ssl=False)  # want: PY-TLS-VERIFY-OFF
    async with aiohttp.ClientSession(connector=connector) as client:
        async with client.get("https://partner.example.com/api/lookup", params={"q": bar}, proxy="http://egress.internal:3128") as resp:
            result = resp.status
    return {"result": str(result)}
