# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=paramnames variant=fold_verify_true expected=false
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00765")
def benchmark_test_00765(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    verify_flag = (7 * 18) + 106 > 200
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
