# generated case (gen8): category=xss rule=PY-XSS fw=fastapi shape=zip_picks_const expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_zip_picks_const", methods=["GET", "POST"])
def case_zip_picks_const(request: Request, q: str = ""):
    param = q
    labels = ["first", "second"]
    pairs = list(zip(labels, [param, param]))
    return HTMLResponse("<p>" + pairs[0][0] + "</p>")
