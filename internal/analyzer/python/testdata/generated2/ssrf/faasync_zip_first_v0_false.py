# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=zip_first sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = ""
    for a, _b in zip(["safe"], [param]):
        bar = a
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
