# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=pathparam propagation=regex_guard_reassign (helper class) sink=v2 expected=false
import re
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.get("/00398/{test_id}")
def benchmark_test_00398(request: Request, test_id: str):
    param = test_id
    bar = Test().do_something(request, param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
