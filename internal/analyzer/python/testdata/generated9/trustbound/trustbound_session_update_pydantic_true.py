# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=session_update_pydantic expected=true
from typing import List

from pydantic import BaseModel
from starlette.middleware.sessions import SessionMiddleware
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

app.add_middleware(SessionMiddleware, secret_key="dev-only")


class Cart(BaseModel):
    items: List[str]


@app.api_route("/trustbound_session_update_pydantic", methods=["GET", "POST"])
def case_session_update_pydantic(request: Request, cart: Cart):
    request.session.update({"cart": cart.items})  # want: PY-TRUST-BOUNDARY
    return {"result": str("ok")}
