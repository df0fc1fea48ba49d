# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=validator_guard sink=v0 expected=false
import re

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    if not is_valid(param):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    return HTMLResponse("<p>Hello " + bar + "</p>")
