# generated case (gen_cases2): rule=PY-XSS context=fawraps propagation=await_validate_raise sink=v0 expected=false
import functools
import logging
import re

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
log = logging.getLogger(__name__)


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/xss")
@audited
async def handle_xss(p: str = ""):
    param = p
    bar = await validate(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
