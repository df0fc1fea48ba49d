# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=fawraps propagation=global_via_helper_const sink=v0 expected=false
import functools
import logging

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
log = logging.getLogger(__name__)


LAST = ""


def remember(value):
    global LAST
    LAST = "safe"


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/redirect")
@audited
async def handle_redirect(p: str = ""):
    param = p
    remember(param)
    bar = LAST
    return RedirectResponse(bar)
