# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=host_allowlist_urlparse expected=false
from urllib.parse import urlparse
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

ALLOWED_HOSTS = {"shop.example.com", "help.example.com"}


@app.api_route("/redirect_host_allowlist_urlparse", methods=["GET", "POST"])
def case_host_allowlist_urlparse(request: Request, x_q: str = Header("")):
    param = x_q
    u = urlparse(param)
    if u.scheme in ("http", "https") and u.hostname in ALLOWED_HOSTS:
        return RedirectResponse(param)
    return RedirectResponse("/")
