# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=paramnames shape=urllib3_cert_none_string expected=true
import urllib3

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00178")
def benchmark_test_00178(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    http = urllib3.ProxyManager("http://egress.internal:3128", cert_reqs="CERT_NONE", assert_hostname=False)  # want: PY-TLS-VERIFY-OFF
    resp = http.request("GET", "https://partner.example.com/api/lookup", fields={"q": bar})
    result = resp.status
    return {"result": str(result)}
