# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=fastapi source=formparam shape=generator_fn_taint sink=v2 expected=true
import requests

from fastapi import FastAPI, Form, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


def pieces(value):
    yield "safe"
    yield value


@app.post("/00241")
def benchmark_test_00241(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = list(pieces(param))[1]
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
