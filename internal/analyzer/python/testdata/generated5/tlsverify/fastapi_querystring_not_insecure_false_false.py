# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=querystring shape=not_insecure_false expected=false
import requests
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
INSECURE = False


@app.get("/00169")
def benchmark_test_00169(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=not INSECURE, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
