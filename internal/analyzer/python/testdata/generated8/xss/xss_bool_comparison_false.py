# generated case (gen8): category=xss rule=PY-XSS fw=fastapi shape=bool_comparison expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/xss_bool_comparison", methods=["GET", "POST"])
def case_bool_comparison(request: Request, q: str = Query("")):
    param = q
    subscribed = param == "yes"
    return HTMLResponse("<p>Subscribed: %s</p>" % subscribed)
