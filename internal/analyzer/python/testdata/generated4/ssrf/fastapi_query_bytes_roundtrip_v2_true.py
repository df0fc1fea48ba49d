# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=fastapi source=query shape=bytes_roundtrip sink=v2 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00275")
def benchmark_test_00275(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param.encode("utf-8").decode("utf-8")
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
