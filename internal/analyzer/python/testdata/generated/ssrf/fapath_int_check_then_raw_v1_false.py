# generated case: rule=PY-SSRF source=fapath propagation=int_check_then_raw sink=v1 expected=false
import requests

from fastapi import FastAPI, HTTPException

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf/{p}")
def handle_ssrf(p: str):
    param = p
    try:
        int(param)
    except ValueError:
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
