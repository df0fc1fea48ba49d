# generated case: rule=PY-SSRF source=faquery propagation=setter_getter sink=v0 expected=true
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Store:
    def __init__(self):
        self._item = "empty"

    def put(self, item):
        self._item = item

    def take(self):
        return self._item


@app.get("/ssrf")
def handle_ssrf(p: str = ""):
    param = p
    store = Store()
    store.put(param)
    bar = store.take()
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
