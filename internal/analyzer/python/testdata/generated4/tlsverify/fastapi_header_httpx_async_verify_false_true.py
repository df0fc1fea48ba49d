# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=header shape=httpx_async_verify_false sink=config expected=true
import httpx

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00597")
async def benchmark_test_00597(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    async with httpx.AsyncClient(verify=False, proxy="http://egress.internal:3128") as client:  # want: PY-TLS-VERIFY-OFF
        result = (await client.get("https://partner.example.com/api/lookup", params={"q": bar})).status_code
    return {"result": str(result)}
