# generated case (gen_cases2): rule=PY-CODE-INJECTION context=fawraps propagation=async_listcomp sink=v1 expected=true
import functools
import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


async def chars(value):
    for c in value:
        yield c


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/code")
@audited
async def handle_code(p: str = ""):
    param = p
    bar = "".join([c async for c in chars(param)])
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
