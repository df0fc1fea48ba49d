# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=realpath_startswith_sep expected=false
import os
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE = os.path.realpath("/srv/files")


@app.api_route("/pathtraver_realpath_startswith_sep", methods=["GET", "POST"])
def case_realpath_startswith_sep(request: Request, q: str = Query("")):
    param = q
    full = os.path.realpath(os.path.join(BASE, param))
    if not full.startswith(BASE + os.sep):
        raise HTTPException(status_code=400, detail="bad path")
    with open(full) as fh:
        data = fh.read()
    return {"result": str(data)}
