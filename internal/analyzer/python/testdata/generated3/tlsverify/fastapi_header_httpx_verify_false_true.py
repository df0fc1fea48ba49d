# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=header variant=httpx_verify_false expected=true
import httpx

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00748")
def benchmark_test_00748(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    with httpx.Client(verify=False, proxy="http://egress.internal:3128") as client:  # want: PY-TLS-VERIFY-OFF
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return {"result": str(result)}
