# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=header shape=chain_safe sink=v2 expected=false
import itertools
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00248")
def benchmark_test_00248(request: Request):
    param = request.headers.get("referer", "")
    bar = list(itertools.chain(["safe"], [param]))[0]
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
