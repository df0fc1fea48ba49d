# generated case (gen_cases2): rule=PY-SSRF context=fawraps propagation=validator_wrong_var sink=v1 expected=true
import functools
import logging
import re
import requests

from fastapi import FastAPI, HTTPException

app = FastAPI()
PROXIES = {"http": "http://egress.internal:3128", "https": "http://egress.internal:3128"}
log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


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
    other = "alpha"
    if not is_valid(other):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    resp = requests.post(bar, json={"event": "ping"}, proxies=PROXIES, timeout=5)  # want: PY-SSRF
    result = resp.status_code
    return {"result": result}
