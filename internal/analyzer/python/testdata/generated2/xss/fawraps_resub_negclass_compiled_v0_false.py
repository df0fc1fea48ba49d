# generated case (gen_cases2): rule=PY-XSS context=fawraps propagation=resub_negclass_compiled sink=v0 expected=false
import functools
import logging
import re

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
log = logging.getLogger(__name__)


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


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
    bar = NOT_ALNUM.sub("", param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
