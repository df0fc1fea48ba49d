# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=formparam propagation=match_const_taint sink=v1 expected=true
import requests

from fastapi import FastAPI, Form, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00367")
def benchmark_test_00367(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
