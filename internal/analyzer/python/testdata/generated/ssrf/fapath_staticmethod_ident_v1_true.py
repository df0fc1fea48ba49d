# generated case: rule=PY-SSRF source=fapath propagation=staticmethod_ident sink=v1 expected=true
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Util:
    @staticmethod
    def passthrough(value):
        return value


@app.get("/ssrf/{p}")
def handle_ssrf(p: str):
    param = p
    bar = Util.passthrough(param)
    resp = requests.post(bar + "/hooks/notify", json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
