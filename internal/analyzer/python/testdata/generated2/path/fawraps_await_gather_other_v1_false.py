# generated case (gen_cases2): rule=PY-PATH-TRAVERSAL context=fawraps propagation=await_gather_other sink=v1 expected=false
import asyncio
import functools
import logging

from fastapi import FastAPI

app = FastAPI()
BASE_DIR = "/srv/app/files"
log = logging.getLogger(__name__)


async def normalize(value):
    return value.strip()


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
    parts = await asyncio.gather(normalize(param), normalize("safe"))
    bar = parts[1]
    with open(BASE_DIR + "/" + bar, "rb") as fh:
        result = len(fh.read())
    return {"result": result}
