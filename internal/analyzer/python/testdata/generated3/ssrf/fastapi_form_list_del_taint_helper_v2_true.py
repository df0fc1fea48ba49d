# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=form propagation=list_del_taint (helper class) sink=v2 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.post("/00374")
async def benchmark_test_00374(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
