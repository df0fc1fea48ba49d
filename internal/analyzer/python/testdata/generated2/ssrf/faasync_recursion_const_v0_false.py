# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=recursion_const sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def unwrap(value, depth):
    if depth <= 0:
        return "safe"
    return unwrap(value, depth - 1)


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
