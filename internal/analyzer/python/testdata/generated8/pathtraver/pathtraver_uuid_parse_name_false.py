# generated case (gen8): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi shape=uuid_parse_name expected=false
import os
import uuid
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

BASE_DIR = "/srv/app/files"


@app.api_route("/pathtraver_uuid_parse_name", methods=["GET", "POST"])
def case_uuid_parse_name(request: Request, q: str = ""):
    param = q
    try:
        ident = uuid.UUID(param)
    except ValueError:
        return {"result": str("bad id")}
    with open(os.path.join(BASE_DIR, str(ident) + ".json")) as fh:
        data = fh.read()
    return {"result": str(len(data))}
