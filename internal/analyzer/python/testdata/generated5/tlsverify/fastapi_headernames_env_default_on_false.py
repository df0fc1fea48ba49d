# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=headernames shape=env_default_on expected=false
import os
import requests

from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00174")
def benchmark_test_00174(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=os.environ.get("REQUESTS_CA_BUNDLE", True), proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
