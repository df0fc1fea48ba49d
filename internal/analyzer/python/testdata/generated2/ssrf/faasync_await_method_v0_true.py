# generated case (gen_cases2): rule=PY-SSRF context=faasync propagation=await_method sink=v0 expected=true
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}


class Loader:
    async def load(self, key):
        return key


@app.get("/ssrf")
async def handle_ssrf(p: str = ""):
    param = p
    bar = await Loader().load(param)
    resp = requests.get(bar, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
