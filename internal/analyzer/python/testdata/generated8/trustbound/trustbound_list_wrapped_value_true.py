# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=list_wrapped_value expected=true
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/trustbound_list_wrapped_value", methods=["GET", "POST"])
def case_list_wrapped_value(request: Request, q: str = Cookie("")):
    param = q
    cart = [param, "gift-wrap"]
    request.session["cart"] = cart  # want: PY-TRUST-BOUNDARY
    return {"result": str("ok")}
