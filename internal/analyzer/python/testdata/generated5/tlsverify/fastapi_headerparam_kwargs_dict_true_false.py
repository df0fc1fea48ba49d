# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=headerparam shape=kwargs_dict_true expected=false
import requests

from fastapi import FastAPI, Header, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00165")
def benchmark_test_00165(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    opts = {"verify": True, "timeout": 5, "proxies": PROXIES}
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, **opts)
    result = resp.status_code
    return {"result": str(result)}
