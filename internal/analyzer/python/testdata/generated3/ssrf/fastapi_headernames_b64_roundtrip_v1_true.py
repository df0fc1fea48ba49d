# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=headernames propagation=b64_roundtrip sink=v1 expected=true
import base64
import requests

from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/00389")
def benchmark_test_00389(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    resp = requests.post("https://" + bar + "/api/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
