# generated case (gen9): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=urlparse_path_only expected=true
from urllib.parse import urlparse
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_urlparse_path_only", methods=["GET", "POST"])
def case_urlparse_path_only(request: Request, q: str = Query("")):
    param = q
    parts = urlparse(param)
    return RedirectResponse(parts.path or "/")  # want: PY-OPEN-REDIRECT
