# generated case (gen_cases2): rule=PY-XSS context=faasyncbody propagation=await_validate_raise sink=v0 expected=false
import re

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


async def validate(value):
    if not re.fullmatch(r"[a-z0-9]{1,32}", value):
        raise ValueError("invalid")
    return value


@app.post("/xss")
async def handle_xss(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = await validate(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
