# generated case (gen_cases2): rule=PY-SSRF context=faasyncbody propagation=dataclass_replace sink=v0 expected=true
import dataclasses
import requests

from dataclasses import dataclass
from fastapi import FastAPI, Request

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.post("/ssrf")
async def handle_ssrf(request: Request):
    payload = await request.json()
    param = payload["p"]
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
