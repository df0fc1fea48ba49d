# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=starlette_session_set expected=true
from starlette.middleware.sessions import SessionMiddleware
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

app.add_middleware(SessionMiddleware, secret_key="dev-only")


@app.api_route("/trustbound_starlette_session_set", methods=["GET", "POST"])
def case_starlette_session_set(request: Request, q: str = Query("")):
    param = q
    request.session["user"] = param  # want: PY-TRUST-BOUNDARY
    return {"result": str("ok")}
