# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=recursion_ident sink=v0 expected=true
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def unwrap(value, depth):
    if depth <= 0:
        return value
    return unwrap(value, depth - 1)


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = unwrap(param, 3)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
