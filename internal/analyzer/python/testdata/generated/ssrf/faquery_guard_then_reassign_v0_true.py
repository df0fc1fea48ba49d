# generated case: rule=PY-SSRF source=faquery propagation=guard_then_reassign sink=v0 expected=true
import requests

from fastapi import FastAPI, HTTPException

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


ALLOWED = ("alpha", "beta", "gamma")


@app.get("/ssrf")
def handle_ssrf(p: str = ""):
    param = p
    bar = param
    if bar not in ALLOWED:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param + "-v2"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
