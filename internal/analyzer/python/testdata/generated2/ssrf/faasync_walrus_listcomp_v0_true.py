# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=walrus_listcomp sink=v0 expected=true
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = [y := param.strip()][0]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
