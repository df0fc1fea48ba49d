# generated case (gen_cases2): rule=PY-CODE-INJECTION context=fawraps propagation=direct sink=safe-api expected=false
import ast
import functools
import logging

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


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
    bar = param
    result = str(ast.literal_eval(bar))
    return {"result": result}
