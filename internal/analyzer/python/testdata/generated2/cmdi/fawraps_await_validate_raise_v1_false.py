# generated case (gen_cases2): rule=PY-CMDI context=fawraps propagation=await_validate_raise sink=v1 expected=false
import functools
import logging
import re
import subprocess

from fastapi import FastAPI

app = FastAPI()
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


@app.get("/cmdi")
@audited
async def handle_cmdi(p: str = ""):
    param = p
    bar = await validate(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
