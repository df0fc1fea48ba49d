# generated case (gen_cases2): rule=PY-CMDI context=fawraps propagation=direct sink=v0 expected=true
import functools
import logging
import os

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/cmdi")
@audited
async def handle_cmdi(p: str = ""):
    param = p
    bar = param
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}
