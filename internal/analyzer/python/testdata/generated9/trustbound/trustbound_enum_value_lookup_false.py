# generated case (gen9): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=enum_value_lookup expected=false
import enum

from starlette.middleware.sessions import SessionMiddleware
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

app.add_middleware(SessionMiddleware, secret_key="dev-only")


class Theme(enum.Enum):
    LIGHT = "light"
    DARK = "dark"


@app.api_route("/trustbound_enum_value_lookup", methods=["GET", "POST"])
def case_enum_value_lookup(request: Request, q: str = Cookie("")):
    param = q
    try:
        theme = Theme(param).value
    except ValueError:
        theme = Theme.LIGHT.value
    request.session["theme"] = theme
    return {"result": str("ok")}
