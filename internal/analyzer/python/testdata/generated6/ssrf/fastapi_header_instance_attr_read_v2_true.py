# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=header shape=instance_attr_read sink=v2 expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Settings:
    term = "default"


@app.get("/00030")
def benchmark_test_00030(request: Request):
    param = request.headers.get("referer", "")
    s = Settings()
    s.term = param
    bar = s.term
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
