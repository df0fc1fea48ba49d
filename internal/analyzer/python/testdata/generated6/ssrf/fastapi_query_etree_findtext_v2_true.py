# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=query shape=etree_findtext sink=v2 expected=true
import requests

from fastapi import FastAPI, Request
from xml.etree import ElementTree

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00232")
def benchmark_test_00232(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = ElementTree.fromstring(param).findtext("term", default="")
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
