# generated case (gen_cases2): rule=PY-SSRF context=faasyncreq propagation=with_ctx sink=v1 expected=true
import contextlib
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
async def handle_ssrf(request: Request):
    param = request.query_params.get("p", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
