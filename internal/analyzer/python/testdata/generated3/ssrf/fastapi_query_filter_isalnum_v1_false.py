# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=query propagation=filter_isalnum sink=v1 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00379")
def benchmark_test_00379(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = "".join(filter(str.isalnum, param))
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
