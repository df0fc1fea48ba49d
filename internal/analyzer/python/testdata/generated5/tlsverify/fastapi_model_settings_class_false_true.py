# generated case (gen_cases5): category=tlsverify rule=PY-TLS-VERIFY-OFF fw=fastapi source=model shape=settings_class_false expected=true
import requests

from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Item(BaseModel):
    name: str
    quantity: int = 1
class Settings:
    VERIFY_SSL = False
    TIMEOUT = 5


@app.post("/00161")
def benchmark_test_00161(request: Request, item: Item):
    param = item.name
    bar = param
    resp = requests.get("https://partner.example.com/api/lookup", params={"q": bar}, verify=Settings.VERIFY_SSL, proxies=PROXIES, timeout=Settings.TIMEOUT)  # want: PY-TLS-VERIFY-OFF
    result = resp.status_code
    return {"result": str(result)}
