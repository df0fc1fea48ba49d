# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=multi propagation=if_fold_str_safe sink=v1 expected=false
import requests

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00371")
def benchmark_test_00371(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
