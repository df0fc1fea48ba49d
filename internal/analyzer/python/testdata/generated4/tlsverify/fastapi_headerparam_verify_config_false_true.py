# generated case (gen_cases4): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=headerparam shape=verify_config_false sink=config expected=true
import requests

from fastapi import FastAPI, Header, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
SETTINGS = {"verify": False, "timeout": 5}


@app.get("/00589")
def benchmark_test_00589(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=SETTINGS["verify"], proxies=PROXIES, timeout=5)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return {"result": str(result)}
