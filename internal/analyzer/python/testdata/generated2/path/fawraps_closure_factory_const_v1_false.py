# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=fawraps propagation=closure_factory_const sink=v1 expected=false
import functools
import logging

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


def make_getter(value):
    def getter():
        return "safe"
    return getter


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
    bar = make_getter(param)()
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": result}
