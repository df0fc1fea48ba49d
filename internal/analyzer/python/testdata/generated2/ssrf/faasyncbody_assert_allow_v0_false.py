# generated case (gen_cases2): rule=PY-SSRF context=faasyncbody propagation=assert_allow sink=v0 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


@app.post("/ssrf")
async def handle_ssrf(request: Request):
    payload = await request.json()
    param = payload["p"]
    assert param in ALLOWED
    bar = param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
