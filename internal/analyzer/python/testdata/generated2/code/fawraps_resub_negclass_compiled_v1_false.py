# generated case (gen_cases2): rule=PY-CODE-INJECTION context=fawraps propagation=resub_negclass_compiled sink=v1 expected=false
import functools
import logging
import re

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


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
    bar = NOT_ALNUM.sub("", param)
    result = str(eval(bar, {"__builtins__": {}}))
    return {"result": result}
