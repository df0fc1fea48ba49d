# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=int_clamped expected=false
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/trustbound_int_clamped", methods=["GET", "POST"])
def case_int_clamped(request: Request, x_q: str = Header("")):
    param = x_q
    try:
        size = max(1, min(int(param), 50))
    except ValueError:
        size = 20
    request.session["page_size"] = size
    return {"result": str("ok")}
