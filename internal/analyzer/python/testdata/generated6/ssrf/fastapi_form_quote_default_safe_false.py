# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=form shape=quote_default_safe sink=specific expected=false
import requests
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00417")
async def benchmark_test_00417(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    resp = requests.get("https://api.example.com/users/" + urllib.parse.quote(bar), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
