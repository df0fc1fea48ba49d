# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=formparam variant=fold_verify_true expected=false
import requests

from fastapi import FastAPI, Form, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.post("/00690")
def benchmark_test_00690(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    verify_flag = (7 * 18) + 106 > 200
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=verify_flag, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
