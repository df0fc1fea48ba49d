# generated case (gen_cases3): category=ssrf rule=PY-SSRF fw=fastapi source=model propagation=direct sink=safe0 expected=false
import requests

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00406")
def benchmark_test_00406(request: Request, item: Item):
    param = item.name
    bar = param
    resp = requests.get("https://api.example.com/search", params={"q": bar}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": str(result)}
