# generated case (gen_cases2): rule=PY-SSRF context=faasyncbody propagation=assert_len sink=v0 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/ssrf")
async def handle_ssrf(request: Request):
    payload = await request.json()
    param = payload["p"]
    assert len(param) < 100
    bar = param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
