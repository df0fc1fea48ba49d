# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=property_const sink=v0 expected=false
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Wrapper:
    def __init__(self, raw):
        self._raw = raw

    @property
    def raw(self):
        return self._raw

    @property
    def label(self):
        return "safe"


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = Wrapper(param).label
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
