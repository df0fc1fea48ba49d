# generated case (gen9): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=shutil_copy_src expected=true
import os
import shutil
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

UPLOADS = "/srv/uploads"


@app.api_route("/pathtraver_shutil_copy_src", methods=["GET", "POST"])
def case_shutil_copy_src(request: Request, q: str = Query("")):
    param = q
    shutil.copy(os.path.join(UPLOADS, param), "/tmp/export.bin")  # want: PY-PATH-TRAVERSAL
    return {"result": str("copied")}
