# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=querystring shape=tenant_dict_host sink=specific expected=false
import requests
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
TENANT_HOSTS = {"eu": "eu.api.example.com", "us": "us.api.example.com"}


@app.get("/00426")
def benchmark_test_00426(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    host = TENANT_HOSTS.get(bar, "api.example.com")
    resp = requests.get(f"https://{host}/v1/status", proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
