# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=pathparam variant=requests_verify_false expected=true
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00741/{test_id}")
def benchmark_test_00741(request: Request, test_id: str):
    param = test_id
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=False, proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return {"result": str(result)}
