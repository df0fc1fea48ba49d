# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=query variant=session_verify_attr expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00742")
def benchmark_test_00742(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    s = requests.Session()
    s.verify = False  # want: PY-TLS-VERIFY-OFF
    s.proxies.update(PROXIES)
    resp = s.get("https://partner.example.com/api/lookup", params={"q": bar}, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
