# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=fawraps propagation=dictoflists_used sink=v0 expected=true
import functools
import logging

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()
log = logging.getLogger(__name__)


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
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["b"][1]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
