# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=multi shape=aiohttp_connector_ssl_context expected=false
import aiohttp
import ssl

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00192")
async def benchmark_test_00192(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    connector = aiohttp.TCPConnector(ssl=ssl.create_default_context())
    async with aiohttp.ClientSession(connector=connector) as client:
        async with client.get("https://partner.example.com/api/lookup", params={"q": bar}, proxy="http://egress.internal:3128") as resp:
            result = resp.status
    return {"result": str(result)}
