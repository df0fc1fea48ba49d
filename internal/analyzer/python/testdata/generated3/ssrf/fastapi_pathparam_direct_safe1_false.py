# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=pathparam propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00407/{test_id}")
def benchmark_test_00407(request: Request, test_id: str):
    param = test_id
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
