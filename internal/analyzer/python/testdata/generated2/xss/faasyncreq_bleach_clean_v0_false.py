# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=bleach_clean sink=v0 expected=false
import bleach

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = bleach.clean(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
