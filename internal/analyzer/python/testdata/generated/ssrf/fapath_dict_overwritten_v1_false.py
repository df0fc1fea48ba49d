# generated case: rule=PY-SSRF source=fapath propagation=dict_overwritten sink=v1 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf/{p}")
def handle_ssrf(p: str):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    m["keyB"] = "safe"
    bar = m["keyB"]
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
