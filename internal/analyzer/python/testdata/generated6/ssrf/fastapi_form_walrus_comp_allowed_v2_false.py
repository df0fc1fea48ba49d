# generated case (gen_cases6): category=ssrf rule=PY-SSRF fw=fastapi source=form shape=walrus_comp_allowed sink=v2 expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
ALLOWED_TERMS = {"alpha", "beta"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00131")
async def benchmark_test_00131(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    found = [y for x in [param] if (y := x.strip()) in ALLOWED_TERMS]
    bar = found[0] if found else "none"
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
