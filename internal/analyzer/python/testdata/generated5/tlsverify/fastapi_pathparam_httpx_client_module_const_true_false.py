# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=pathparam shape=httpx_client_module_const_true expected=false
import httpx

from fastapi import FastAPI, Request

app = FastAPI()
VERIFY_TLS = True


@app.get("/00160/{test_id}")
def benchmark_test_00160(request: Request, test_id: str):
    param = test_id
    bar = param
    with httpx.Client(verify=VERIFY_TLS, proxy="http://egress.internal:3128") as client:
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return {"result": str(result)}
