# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncbody propagation=chainmap sink=v0 expected=true
import collections

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.post("/redirect")
async def handle_redirect(request: Request):
    payload = await request.json()
    param = payload["p"]
    bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
