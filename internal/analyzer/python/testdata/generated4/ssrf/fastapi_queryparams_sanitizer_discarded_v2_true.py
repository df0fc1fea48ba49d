# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=fastapi source=queryparams shape=sanitizer_discarded sink=v2 expected=true
import re
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00057")
def benchmark_test_00057(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    re.sub(r"[^A-Za-z0-9]", "", param)
    bar = param
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
