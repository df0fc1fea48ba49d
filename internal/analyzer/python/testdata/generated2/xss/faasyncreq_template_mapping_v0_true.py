# generated case (gen_cases2): rule=PY-XSS context=faasyncreq propagation=template_mapping sink=v0 expected=true
import string

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()


@app.get("/xss")
async def handle_xss(request: Request):
    param = request.query_params.get("p", "")
    bar = string.Template("${v}").safe_substitute({"v": param})
    return HTMLResponse("<p>Hello " + bar + "</p>")  # want: PY-XSS
