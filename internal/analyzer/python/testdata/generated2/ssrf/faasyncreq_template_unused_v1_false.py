# generated case (gen_cases2): rule=PY-SSRF context=faasyncreq propagation=template_unused sink=v1 expected=false
import requests
import string

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
async def handle_ssrf(request: Request):
    param = request.query_params.get("p", "")
    bar = string.Template("$v").substitute(v="safe", w=param)
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
