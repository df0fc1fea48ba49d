# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=cookie variant=cert_none expected=true
import http.client
import ssl
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00747")
def benchmark_test_00747(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    ctx = ssl.create_default_context()
    ctx.check_hostname = False  # want: PY-TLS-VERIFY-OFF
    ctx.verify_mode = ssl.CERT_NONE  # want: PY-TLS-VERIFY-OFF
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return {"result": str(result)}
