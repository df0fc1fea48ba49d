# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=collapse_ws sink=v0 expected=true
import re

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = re.sub(r"\s+", " ", param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
