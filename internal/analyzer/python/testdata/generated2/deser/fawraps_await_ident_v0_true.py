# generated case (gen_cases2): rule=PY-DESERIALIZATION context=fawraps propagation=await_ident sink=v0 expected=true
import base64
import functools
import logging
import pickle

from fastapi import FastAPI

app = FastAPI()
log = logging.getLogger(__name__)


async def normalize(value):
    return value.strip()


def audited(view):
    @functools.wraps(view)
    async def wrapper(*args, **kwargs):
        log.info("calling %s", view.__name__)
        return await view(*args, **kwargs)
    return wrapper


@app.get("/deser")
@audited
async def handle_deser(p: str = ""):
    param = p
    bar = await normalize(param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return {"result": result}
