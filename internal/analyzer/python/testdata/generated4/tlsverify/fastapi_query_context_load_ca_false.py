# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=query shape=context_load_ca sink=config expected=false
import http.client
import ssl
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00595")
def benchmark_test_00595(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    ctx = ssl.create_default_context()
    ctx.load_verify_locations("/etc/ssl/certs/partner-ca.pem")
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return {"result": str(result)}
