# generated case (gen_cases2): rule=PY-CODE-INJECTION context=fawraps propagation=await_const sink=v1 expected=false
import functools
import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


async def normalize(value):
    return "safe"


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
    bar = await normalize(param)
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
