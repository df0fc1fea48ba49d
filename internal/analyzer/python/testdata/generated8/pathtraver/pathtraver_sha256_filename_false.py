# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=sha256_filename expected=false
import hashlib
import os
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DIR = "/srv/app/files"


@app.api_route("/pathtraver_sha256_filename", methods=["GET", "POST"])
def case_sha256_filename(request: Request, q: str = Query("")):
    param = q
    name = hashlib.sha256(param.encode("utf-8")).hexdigest() + ".cache"
    with open(os.path.join(BASE_DIR, name), "w") as fh:
        fh.write("cached")
    return {"result": str(name)}
