# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasync propagation=await_validate_raise sink=v0 expected=false
import re

from fastapi import FastAPI
from fastapi.responses import RedirectResponse

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/redirect")
async def handle_redirect(p: str = ""):
    param = p
    bar = await validate(param)
    return RedirectResponse(bar)
