# generated case (gen_cases2): rule=PY-XSS context=fawraps propagation=dataclass_replace sink=v0 expected=true
import dataclasses
import functools
import logging

from dataclasses import dataclass
from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()
log = logging.getLogger(__name__)


@dataclass
class Query:
    term: str
    other: str = "safe"


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
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
