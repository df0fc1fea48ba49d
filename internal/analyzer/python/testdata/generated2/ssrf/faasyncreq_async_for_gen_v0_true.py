# generated case (gen_cases2): rule=PY-SSRF context=faasyncreq propagation=async_for_gen sink=v0 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def agen(value):
    yield value


@app.get("/ssrf")
async def handle_ssrf(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    async for item in agen(param):
        bar = item
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
