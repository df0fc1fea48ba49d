# generated case (gen_cases2): rule=PY-DESERIALIZATION context=fawraps propagation=validator_ignored sink=v0 expected=true
import base64
import functools
import logging
import pickle
import re

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/deser")
@audited
async def handle_deser(p: str = ""):
    param = p
    is_valid(param)
    bar = param
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
