# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=headerparam shape=setcomp_pop sink=v2 expected=true
import requests

from fastapi import FastAPI, Header, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00147")
def benchmark_test_00147(request: Request, referer: str = Header("")):
    param = referer
    bar = {v.strip() for v in [param]}.pop()
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
