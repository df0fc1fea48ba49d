# generated case (gen_cases4): category=ssrf rule=PY-SSRF fw=fastapi source=query shape=namedtuple_other sink=v2 expected=false
import requests

from collections import namedtuple
from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


Pair = namedtuple("Pair", ["left", "right"])


@app.get("/00023")
def benchmark_test_00023(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    p = Pair("safe", param)
    bar = p.left
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
