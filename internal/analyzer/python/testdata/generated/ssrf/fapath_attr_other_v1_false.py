# generated case: rule=PY-SSRF source=fapath propagation=attr_other sink=v1 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Box:
    pass


@app.get("/ssrf/{p}")
def handle_ssrf(p: str):
    param = p
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.other
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
