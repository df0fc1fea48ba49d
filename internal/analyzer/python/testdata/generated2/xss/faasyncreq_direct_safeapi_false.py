# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=direct sink=safe-api expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = param
    return HTMLResponse("<p>Hello " + html.escape(bar) + "</p>")
