# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=with_ctx sink=v0 expected=true
import contextlib

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
