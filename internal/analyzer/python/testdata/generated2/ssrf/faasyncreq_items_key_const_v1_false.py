# generated case (gen_cases2): rule=PY-SSRF context=faasyncreq propagation=items_key_const sink=v1 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
async def handle_ssrf(request: Request):
    param = request.query_params.get("p", "")
    bar = ""
    for k, _v in {"safe": param}.items():
        bar = k
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
