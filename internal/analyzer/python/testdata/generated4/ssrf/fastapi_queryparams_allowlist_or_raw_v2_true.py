# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=fastapi source=queryparams shape=allowlist_or_raw sink=v2 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00183")
def benchmark_test_00183(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = CHOICES.get(param) or param
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
