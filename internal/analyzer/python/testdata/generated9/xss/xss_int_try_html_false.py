# generated case (gen9): category=xss rule=PY-XSS fw=fastapi shape=int_try_html expected=false
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_int_try_html", methods=["GET", "POST"])
def case_int_try_html(request: Request, q: str = Query("")):
    param = q
    try:
        n = int(param)
    except ValueError:
        n = 0
    return HTMLResponse(f"<p>{n}</p>")
