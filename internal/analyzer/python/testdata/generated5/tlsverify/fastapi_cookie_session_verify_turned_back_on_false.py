# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=cookie shape=session_verify_turned_back_on expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00170")
def benchmark_test_00170(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    s = requests.Session()
    s.verify = False
    s.verify = True
    s.proxies.update(PROXIES)
    resp = s.get("https://partner.example.com/api/lookup", params={"q": bar}, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
