# generated case (gen_cases2): rule=PY-SSRF context=faasyncbody propagation=resub_negclass_compiled sink=v0 expected=false
import re
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@app.post("/ssrf")
async def handle_ssrf(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = NOT_ALNUM.sub("", param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
