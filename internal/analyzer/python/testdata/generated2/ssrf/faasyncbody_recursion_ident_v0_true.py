# generated case (gen_cases2): rule=PY-SSRF context=faasyncbody propagation=recursion_ident sink=v0 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.post("/ssrf")
async def handle_ssrf(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = unwrap(param, 3)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
