# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=model propagation=b64_roundtrip sink=v2 expected=true
import base64
import requests

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00344")
def benchmark_test_00344(request: Request, item: Item):
    param = item.name
    encoded = base64.b64encode(param.encode("utf-8"))
    bar = base64.b64decode(encoded).decode("utf-8")
    resp = requests.get("https://api.example.com" + bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": str(result)}
