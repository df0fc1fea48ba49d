# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=header shape=aiohttp_get sink=specific expected=true
import aiohttp

from fastapi import FastAPI, Request

app = FastAPI()
EGRESS_PROXY = "http://egress.internal:3128"


@app.get("/00423")
def benchmark_test_00423(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    async with aiohttp.ClientSession() as client:
        async with client.get(bar, proxy=EGRESS_PROXY) as resp:  # want: PY-SSRF
            result = resp.status
    return {"result": str(result)}
