# generated case (gen_cases2): rule=PY-XSS context=fawraps propagation=dict_allow_get sink=v0 expected=false
import functools
import logging

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
log = logging.getLogger(__name__)


ALLOWED = {"alpha": "alpha", "beta": "beta", "gamma": "gamma"}


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
    bar = ALLOWED.get(param, "alpha")
    return HTMLResponse("<p>Hello " + bar + "</p>")
