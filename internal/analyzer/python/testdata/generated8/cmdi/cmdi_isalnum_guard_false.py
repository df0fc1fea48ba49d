# generated case (gen8): category=cmdi rule=PY-CMDI fw=fastapi shape=isalnum_guard expected=false
import os
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_isalnum_guard", methods=["GET", "POST"])
def case_isalnum_guard(request: Request, q: str = ""):
    param = q
    if not param.isalnum() or not param.isascii():
        return {"result": str("invalid")}
    rc = os.system("id " + param)
    return {"result": str(rc)}
