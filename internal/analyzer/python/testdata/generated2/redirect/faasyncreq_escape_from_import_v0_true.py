# generated case (gen_cases2): rule=PY-OPEN-REDIRECT context=faasyncreq propagation=escape_from_import sink=v0 expected=true
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from markupsafe import escape

app = FastAPI()


@app.get("/redirect")
async def handle_redirect(request: Request):
    param = request.query_params.get("p", "")
    bar = escape(param)
    return RedirectResponse(bar)  # want: PY-OPEN-REDIRECT
