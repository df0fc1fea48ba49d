# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=starlette_session_setdefault expected=true
from starlette.middleware.sessions import SessionMiddleware
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

app.add_middleware(SessionMiddleware, secret_key="dev-only")


@app.api_route("/trustbound_starlette_session_setdefault", methods=["GET", "POST"])
def case_starlette_session_setdefault(request: Request, x_q: str = Header("")):
    param = x_q
    request.session.setdefault("ref", param)  # want: PY-TRUST-BOUNDARY
    return {"result": str("ok")}
