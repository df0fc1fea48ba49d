# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=resub_negclass_compiled sink=v0 expected=false
import re

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = NOT_ALNUM.sub("", param)
    return RedirectResponse(bar)
