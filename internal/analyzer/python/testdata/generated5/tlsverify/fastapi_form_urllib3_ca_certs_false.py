# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=form shape=urllib3_ca_certs expected=false
import urllib3

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00179")
async def benchmark_test_00179(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_REQUIRED", ca_certs="/etc/ssl/certs/ca-certificates.crt")
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return {"result": str(result)}
