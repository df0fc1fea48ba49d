# generated case (gen8): category=trustbound rule=PY-TRUST-BOUNDARY fw=fastapi shape=fullmatch_guard_store expected=false
import re
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/trustbound_fullmatch_guard_store", methods=["GET", "POST"])
def case_fullmatch_guard_store(request: Request, q: str = Cookie("")):
    param = q
    if not re.fullmatch(r"[a-z]{2}", param):
        return {"result": str("bad")}
    request.session["country"] = param
    return {"result": str("ok")}
