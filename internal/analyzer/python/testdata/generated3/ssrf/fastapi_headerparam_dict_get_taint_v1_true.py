# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=headerparam propagation=dict_get_taint sink=v1 expected=true
import requests

from fastapi import FastAPI, Header, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00377")
def benchmark_test_00377(request: Request, referer: str = Header("")):
    param = referer
    m = {}
    m["keyA-55"] = "a-Value"
    m["keyB-55"] = param
    m["keyC"] = "another-Value"
    bar = m["keyB-55"]
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
