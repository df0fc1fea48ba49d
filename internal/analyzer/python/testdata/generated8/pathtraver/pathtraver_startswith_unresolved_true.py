# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=startswith_unresolved expected=true
import os
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DIR = "/srv/app/files"


@app.api_route("/pathtraver_startswith_unresolved", methods=["GET", "POST"])
def case_startswith_unresolved(request: Request, q: str = Cookie("")):
    param = q
    full = os.path.join(BASE_DIR, param)
    if not full.startswith(BASE_DIR):
        return {"result": str("denied")}
    with open(full) as fh:  # want: PY-PATH-TRAVERSAL
        data = fh.read()
    return {"result": str(len(data))}
