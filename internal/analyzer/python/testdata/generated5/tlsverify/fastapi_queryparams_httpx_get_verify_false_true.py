# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=queryparams shape=httpx_get_verify_false expected=true
import httpx

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00156")
def benchmark_test_00156(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    resp = httpx.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=False, proxy="http://egress.internal:3128")  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return {"result": str(result)}
