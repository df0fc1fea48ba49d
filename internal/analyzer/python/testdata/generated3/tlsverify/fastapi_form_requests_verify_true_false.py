# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=form variant=requests_verify_true expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00759")
async def benchmark_test_00759(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=True, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
