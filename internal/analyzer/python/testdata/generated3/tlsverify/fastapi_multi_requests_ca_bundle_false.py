# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=multi variant=requests_ca_bundle expected=false
import requests

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00760")
def benchmark_test_00760(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify="/etc/ssl/certs/partner-ca.pem", proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
