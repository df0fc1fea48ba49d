# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=queryparams variant=proxymanager_cert_required expected=false
import urllib3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00754")
def benchmark_test_00754(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_REQUIRED")
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return {"result": str(result)}
