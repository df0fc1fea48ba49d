# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=await_validate_raise sink=v0 expected=false
import re

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = await validate(param)
    return RedirectResponse(bar)
