# generated case (gen_cases7): category=xss rule=PY-XSS fw=fastapi source=query shape=fastapi_template_replace_escaped sink=specific expected=false
import html

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

app = FastAPI()
PAGE = "<html><body><p>{{q}}</p></body></html>"


@app.get("/case-00257")
def case_00257(request: Request, q: str = ""):
    param = q
    bar = param
    return HTMLResponse(PAGE.replace("{{q}}", html.escape(bar)))
