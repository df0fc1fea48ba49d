# generated case (gen_cases2): rule=PY-XSS context=fawraps propagation=enumerate_value sink=v0 expected=true
import functools
import logging

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
log = logging.getLogger(__name__)


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
    bar = ""
    for _i, v in enumerate(["safe", param]):
        bar = v
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
