# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=resub_negclass sink=v0 expected=false
import re

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = re.sub(r"[^a-z0-9]", "", param)
    return RedirectResponse(bar)
