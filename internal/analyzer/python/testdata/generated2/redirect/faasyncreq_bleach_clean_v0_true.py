# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=bleach_clean sink=v0 expected=true
import bleach

from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = bleach.clean(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
