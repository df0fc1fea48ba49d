# generated case (gen_cases2): rule=PY-SSRF context=faasyncbody propagation=await_gather sink=v0 expected=true
import asyncio
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def normalize(value):
    return value.strip()


@app.post("/ssrf")
async def handle_ssrf(request: Request):
    payload = await request.json()
    param = payload["p"]
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[0]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
