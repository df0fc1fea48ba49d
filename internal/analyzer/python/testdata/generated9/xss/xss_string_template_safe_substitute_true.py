# generated case (gen9): category=xss rule=PY-XSS fw=fastapi shape=string_template_safe_substitute expected=true
import string
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_string_template_safe_substitute", methods=["GET", "POST"])
def case_string_template_safe_substitute(request: Request, q: str = Query("")):
    param = q
    return HTMLResponse(string.Template("<h1>$t</h1>").safe_substitute(t=param))  # want: PY-XSS
