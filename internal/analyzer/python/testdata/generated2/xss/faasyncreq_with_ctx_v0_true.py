# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=with_ctx sink=v0 expected=true
import contextlib

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    with contextlib.nullcontext(param) as v:
        bar = v
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
