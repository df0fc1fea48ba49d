# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=cookieparam shape=urlunsplit_path sink=specific expected=false
import requests
import urllib.parse

from fastapi import FastAPI, Cookie, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00420")
def benchmark_test_00420(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    url = urllib.parse.urlunsplit(("https", "api.example.com", "/feed/" + bar, "", ""))
    resp = requests.get(url, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
