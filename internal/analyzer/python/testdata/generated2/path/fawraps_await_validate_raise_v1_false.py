# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=fawraps propagation=await_validate_raise sink=v1 expected=false
import functools
import logging
import re

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"
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


@app.get("/path")
@audited
async def handle_path(p: str = ""):
    param = p
    bar = await validate(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": result}
