# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=cookieparam propagation=join_builder (helper class) sink=v2 expected=true
import requests

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.get("/00386")
def benchmark_test_00386(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = Test().do_something(request, param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
