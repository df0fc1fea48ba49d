# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=await_validate_raise sink=v0 expected=false
import re
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = await validate(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
