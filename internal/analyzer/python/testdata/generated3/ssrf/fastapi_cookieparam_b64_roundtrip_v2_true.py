# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=cookieparam propagation=b64_roundtrip sink=v2 expected=true
import base64
import requests

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00344")
def benchmark_test_00344(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
