# generated case: rule=PY-SSRF source=faquery propagation=startswith_choice sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
def handle_ssrf(p: str = ""):
    param = p
    bar = "yes" if param.startswith("a") else "no"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
