# generated case: rule=PY-SSRF source=faquery propagation=attr_set sink=v0 expected=true
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Box:
    pass


@app.get("/ssrf")
def handle_ssrf(p: str = ""):
    param = p
    box = Box()
    box.value = param
    box.other = "safe"
    bar = box.value
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
