# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=model shape=global_default_context_replaced expected=true
import http.client
import ssl
import urllib.parse

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
ssl._create_default_https_context = ssl._create_unverified_context  # want: PY-TLS-VERIFY-OFF


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00187")
def benchmark_test_00187(request: Request, item: Item):
    param = item.name
    bar = param
    conn = http.client.HTTPSConnection("partner.example.com")
    conn.request("GET", "/api/lookup?q=" + urllib.parse.quote(bar))
    result = conn.getresponse().status
    return {"result": str(result)}
