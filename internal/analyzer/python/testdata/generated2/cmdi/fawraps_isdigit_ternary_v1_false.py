# generated case (gen_cases2): rule=PY-CMDI context=fawraps propagation=isdigit_ternary sink=v1 expected=false
import functools
import logging
import subprocess

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
    bar = param if param.isdigit() else "0"
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}
