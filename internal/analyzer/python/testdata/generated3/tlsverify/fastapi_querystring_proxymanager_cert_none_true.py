# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=querystring variant=proxymanager_cert_none expected=true
import urllib.parse
import urllib3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00753")
def benchmark_test_00753(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_NONE")  # want: PY-TLS-VERIFY-OFF
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return {"result": str(result)}
