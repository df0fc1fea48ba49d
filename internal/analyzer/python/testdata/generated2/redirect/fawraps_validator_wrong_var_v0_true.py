# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=fawraps propagation=validator_wrong_var sink=v0 expected=true
import functools
import logging
import re

from fastapi import FastAPI, HTTPException
from fastapi.responses import RedirectResponse

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


@app.get("/redirect")
@audited
async def handle_redirect(p: str = ""):
    param = p
    other = "alpha"
    if not is_valid(other):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
