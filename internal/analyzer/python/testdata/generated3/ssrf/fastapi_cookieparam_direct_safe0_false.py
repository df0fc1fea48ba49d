# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
import requests

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00388")
def benchmark_test_00388(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
