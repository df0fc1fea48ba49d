# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=query propagation=builder_chain sink=v1 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.get("/00395")
def benchmark_test_00395(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = Builder().set_value(param).get_value()
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
