# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=cookie shape=requests_verify_ca_const expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
CA_BUNDLE = "/etc/ssl/certs/partner-ca.pem"


@app.get("/00195")
def benchmark_test_00195(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=CA_BUNDLE, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
