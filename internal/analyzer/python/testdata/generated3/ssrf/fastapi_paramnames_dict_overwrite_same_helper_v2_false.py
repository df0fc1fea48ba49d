# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=paramnames propagation=dict_overwrite_same (helper class) sink=v2 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.get("/00380")
def benchmark_test_00380(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = Test().do_something(request, param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
