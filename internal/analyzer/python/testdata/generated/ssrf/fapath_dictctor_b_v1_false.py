# generated case: rule=PY-SSRF source=fapath propagation=dictctor_b sink=v1 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf/{p}")
def handle_ssrf(p: str):
    param = p
    bar = dict(a=param, b="safe")["b"]
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
