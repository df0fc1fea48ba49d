# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi shape=finally_overwrite expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/redirect_finally_overwrite", methods=["GET", "POST"])
def case_finally_overwrite(request: Request, q: str = Query("")):
    param = q
    dest = param
    try:
        dest = dest.strip()
    finally:
        dest = "/account"
    return RedirectResponse(dest)
