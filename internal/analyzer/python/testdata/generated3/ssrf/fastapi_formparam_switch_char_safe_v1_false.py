# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=formparam propagation=switch_char_safe sink=v1 expected=false
import requests

from fastapi import FastAPI, Form, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00383")
def benchmark_test_00383(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    guess = "ABC"
    switch_target = guess[1]
    if switch_target == "A":
        bar = param
    elif switch_target == "B":
        bar = "bob"
    elif switch_target == "C" or switch_target == "D":
        bar = param
    else:
        bar = "bobs_your_uncle"
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
