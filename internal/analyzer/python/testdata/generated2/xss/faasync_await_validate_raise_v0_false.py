# generated case (gen_cases2): rule=PY-XSS context=faasync propagation=await_validate_raise sink=v0 expected=false
import re

from fastapi import FastAPI
from fastapi.responses import HTMLResponse

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.get("/xss")
async def handle_xss(p: str = ""):
    param = p
    bar = await validate(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
