# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=cookieparam shape=context_cafile expected=false
import http.client
import ssl
import urllib.parse

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00188")
def benchmark_test_00188(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    ctx = ssl.create_default_context(cafile="/etc/ssl/certs/partner-ca.pem")
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return {"result": str(result)}
