# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=model propagation=builder_chain sink=v2 expected=true
import requests

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Item(BaseModel):
    name: str
    quantity: int = 1


class Builder:
    def __init__(self):
        self.other = "safe"

    def set_value(self, value):
        self.value = value
        return self

    def get_value(self):
        return self.value

    def get_other(self):
        return self.other


@app.post("/00350")
def benchmark_test_00350(request: Request, item: Item):
    param = item.name
    bar = Builder().set_value(param).get_value()
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
