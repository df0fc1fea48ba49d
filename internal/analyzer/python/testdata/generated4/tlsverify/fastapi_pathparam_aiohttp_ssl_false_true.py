# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=pathparam shape=aiohttp_ssl_false sink=config expected=true
import aiohttp

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00596/{test_id}")
async def benchmark_test_00596(request: Request, test_id: str):
    param = test_id
    bar = param
    async with aiohttp.ClientSession() as client:
        async with client.get("https://partner.example.com/api/lookup", params={"q": bar}, ssl=False, proxy="http://egress.internal:3128") as resp:  # want: PY-TLS-VERIFY-OFF
            result = resp.status
    return {"result": str(result)}
