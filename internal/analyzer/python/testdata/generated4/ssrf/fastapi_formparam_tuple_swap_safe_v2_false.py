# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=fastapi source=formparam shape=tuple_swap_safe sink=v2 expected=false
import requests

from fastapi import FastAPI, Form, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00115")
def benchmark_test_00115(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    a, b = param, "safe"
    a, b = b, a
    bar = a
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
