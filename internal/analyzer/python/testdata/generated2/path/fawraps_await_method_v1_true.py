# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=fawraps propagation=await_method sink=v1 expected=true
import functools
import logging

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"
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


@app.get("/path")
@audited
async def handle_path(p: str = ""):
    param = p
    bar = await Loader().load(param)
    with open(BASE_DIR + "/" + bar, "rb") as fh:  # want: PY-PATH-TRAVERSAL
        result = len(fh.read())
    return {"result": result}
