# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=cookie_session_id expected=true
import random

from fastapi.responses import JSONResponse
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakrandom_cookie_session_id", methods=["GET", "POST"])
def case_cookie_session_id(request: Request, q: str = Query("")):
    param = q
    resp = JSONResponse({"q": param})
    resp.set_cookie("sid", str(random.random()))  # want: PY-WEAK-RANDOM PY-COOKIE-INSECURE
    return resp
