# generated case (gen_cases2): rule=PY-SSRF context=fawraps propagation=assert_isalnum sink=v1 expected=false
import functools
import logging
import requests

from fastapi import FastAPI

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/ssrf")
@audited
async def handle_ssrf(p: str = ""):
    param = p
    assert param.isalnum()
    bar = param
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)
    result = resp.status_code
    return {"result": result}
