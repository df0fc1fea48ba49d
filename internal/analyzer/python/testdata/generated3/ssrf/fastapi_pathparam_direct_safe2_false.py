# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=pathparam propagation=direct sink=safe2 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00390/{test_id}")
def benchmark_test_00390(request: Request, test_id: str):
    param = test_id
    bar = param
    resp = requests.get("https://api.example.com/items/" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
