# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=validator_wrong_var sink=v0 expected=true
import re

from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


def is_valid(value):
    return re.fullmatch(r"[a-z0-9]{1,32}", value) is not None


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    other = "alpha"
    if not is_valid(other):
        raise HTTPException(status_code=400, detail="invalid")
    bar = param
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
