# generated case (gen_cases2): rule=PY-CMDI context=fawraps propagation=await_method sink=v1 expected=true
import functools
import logging
import subprocess

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


class Loader:
    async def load(self, key):
        return key


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
    bar = await Loader().load(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}
