# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=helper_int sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def to_int_str(value):
    try:
        return str(int(value))
    except ValueError:
        return "0"


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = to_int_str(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
