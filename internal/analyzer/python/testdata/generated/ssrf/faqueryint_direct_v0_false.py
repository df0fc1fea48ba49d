# generated case: rule=PY-SSRF source=faqueryint propagation=direct sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
def handle_ssrf(p: int = 0):
    param = str(p)
    bar = param
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
