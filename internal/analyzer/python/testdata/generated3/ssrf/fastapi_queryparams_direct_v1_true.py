# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=queryparams propagation=direct sink=v1 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00365")
def benchmark_test_00365(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
