# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=header shape=server_auth_purpose expected=false
import http.client
import ssl
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00183")
def benchmark_test_00183(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    ctx = ssl.create_default_context(ssl.Purpose.SERVER_AUTH)
    conn = http.client.HTTPSConnection("partner.example.com", context=ctx)
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return {"result": str(result)}
