# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=os_remove_join expected=true
import os
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

TMP = "/srv/tmp"


@app.api_route("/pathtraver_os_remove_join", methods=["GET", "POST"])
def case_os_remove_join(request: Request, q: str = Cookie("")):
    param = q
    os.remove(os.path.join(TMP, param))  # want: PY-PATH-TRAVERSAL
    return {"result": str("deleted")}
