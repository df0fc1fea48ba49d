# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=cookieparam shape=sslcontext_no_args sink=config expected=true
import http.client
import ssl
import urllib.parse

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00592")
def benchmark_test_00592(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    ctx = ssl.SSLContext()  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return {"result": str(result)}
