# generated case (gen8): category=xss rule=PY-XSS fw=fastapi shape=escape_quote_false_attr expected=true
import html
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_escape_quote_false_attr", methods=["GET", "POST"])
def case_escape_quote_false_attr(request: Request, x_q: str = Header("")):
    param = x_q
    return HTMLResponse('<input value="' + html.escape(param, quote=False) + '">')  # want: PY-XSS
