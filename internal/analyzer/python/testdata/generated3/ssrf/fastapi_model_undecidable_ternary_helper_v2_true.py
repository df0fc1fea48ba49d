# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=model propagation=undecidable_ternary (helper class) sink=v2 expected=true
import requests

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Item(BaseModel):
    name: str
    quantity: int = 1


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.post("/00392")
def benchmark_test_00392(request: Request, item: Item):
    param = item.name
    bar = Test().do_something(request, param)
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
