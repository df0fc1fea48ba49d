# generated case (gen_cases2): rule=PY-SSRF context=faasyncreq propagation=validator_guard sink=v1 expected=false
import re
import requests

from fastapi import FastAPI, HTTPException, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/ssrf")
async def handle_ssrf(request: Request):
    param = request.query_params.get("p", "")
    if not is_valid(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
