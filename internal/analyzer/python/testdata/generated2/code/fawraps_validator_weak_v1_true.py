# generated case (gen_cases2): rule=PY-CODE-INJECTION context=fawraps propagation=validator_weak sink=v1 expected=true
import functools
import logging

from fastapi import FastAPI, HTTPException

app = FastAPI()
log = logging.getLogger(__name__)


def is_short(value):
    return len(value) < 64


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
    if not is_short(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    result = str(eval(bar, {"__builtins__": {}}))  # want: PY-CODE-INJECTION
    return {"result": result}
