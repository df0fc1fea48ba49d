# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=escape_from_import sink=v0 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse
from markupsafe import escape

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = escape(param)
    return HTMLResponse("<p>Hello " + bar + "</p>")
