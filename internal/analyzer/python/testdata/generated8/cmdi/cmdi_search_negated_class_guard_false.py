# generated case (gen8): category=cmdi rule=PY-CMDI fw=fastapi shape=search_negated_class_guard expected=false
import os
import re
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_search_negated_class_guard", methods=["GET", "POST"])
def case_search_negated_class_guard(request: Request, x_q: str = Header("")):
    param = x_q
    if not param or re.search(r"[^a-z0-9.-]", param):
        return {"result": str("invalid host")}
    rc = os.system("ping -c 1 " + param)
    return {"result": str(rc)}
