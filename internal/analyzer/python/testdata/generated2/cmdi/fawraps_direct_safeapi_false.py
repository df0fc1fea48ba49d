# generated case (gen_cases2): rule=PY-CMDI context=fawraps propagation=direct sink=safe-api expected=false
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
    bar = param
    proc = subprocess.run(["ls", "-l", "--", bar], capture_output=True)
    result = proc.returncode
    return {"result": result}
