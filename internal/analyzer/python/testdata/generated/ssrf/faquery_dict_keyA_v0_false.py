# generated case: rule=PY-SSRF source=faquery propagation=dict_keyA sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
def handle_ssrf(p: str = ""):
    param = p
    m = {"keyA": "a_Value", "keyB": param}
    bar = m["keyA"]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
