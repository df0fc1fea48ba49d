# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=cookie propagation=direct sink=safe2 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00408")
def benchmark_test_00408(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = requests.get("https://api.example.com/items/" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
