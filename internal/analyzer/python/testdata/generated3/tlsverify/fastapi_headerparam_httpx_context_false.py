# generated case (gen_cases3): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=headerparam variant=httpx_context expected=false
import httpx
import ssl

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00766")
def benchmark_test_00766(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    with httpx.Client(verify=ssl.create_default_context(), proxy="http://egress.internal:3128") as client:
        result = client.get("https://partner.example.com/api/lookup", params={"q": bar}).status_code
    return {"result": str(result)}
