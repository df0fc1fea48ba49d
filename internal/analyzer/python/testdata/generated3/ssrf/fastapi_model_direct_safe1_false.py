# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=model propagation=direct sink=safe1 expected=false
import requests
import urllib.parse

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00389")
def benchmark_test_00389(request: Request, item: Item):
    param = item.name
    bar = param
    host = urllib.parse.urlparse(bar).hostname
    if host not in ("api.example.com", "cdn.example.com"):
        bar = "https://api.example.com/"
    resp = requests.get(bar, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
