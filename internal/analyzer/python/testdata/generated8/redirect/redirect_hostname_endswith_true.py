# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=hostname_endswith expected=true
from urllib.parse import urlparse
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_hostname_endswith", methods=["GET", "POST"])
def case_hostname_endswith(request: Request, q: str = Cookie("")):
    param = q
    host = urlparse(param).hostname or ""
    if not host.endswith("example.com"):
        return RedirectResponse("/")
    return RedirectResponse(param)  # want: PY-OPEN-REDIRECT
