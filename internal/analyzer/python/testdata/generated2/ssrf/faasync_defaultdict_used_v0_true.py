# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=defaultdict_used sink=v0 expected=true
import collections
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    d = collections.defaultdict(str)
    d["p"] = param
    bar = d["p"]
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
