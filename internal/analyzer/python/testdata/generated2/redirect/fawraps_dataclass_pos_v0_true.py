# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=fawraps propagation=dataclass_pos sink=v0 expected=true
import functools
import logging

from dataclasses import dataclass
from fastapi import FastAPI
from fastapi.responses import RedirectResponse

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


@app.get("/redirect")
@audited
async def handle_redirect(p: str = ""):
    param = p
    q = Query(param)
    bar = q.term
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
