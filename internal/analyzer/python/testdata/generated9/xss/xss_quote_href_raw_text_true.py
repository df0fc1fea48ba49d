# generated case (gen9): category=xss rule=PY-XSS fw=fastapi shape=quote_href_raw_text expected=true
from urllib.parse import quote
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_quote_href_raw_text", methods=["GET", "POST"])
def case_quote_href_raw_text(request: Request, q: str = Cookie("")):
    param = q
    return HTMLResponse(f"<a href='/u?n={quote(param)}'>{param}</a>")  # want: PY-XSS
