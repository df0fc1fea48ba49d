# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=getattr_sha256 expected=false
import hashlib
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

ALG = "sha256"


@app.api_route("/weakhash_getattr_sha256", methods=["GET", "POST"])
def case_getattr_sha256(request: Request, q: str = Cookie("")):
    param = q
    digest = getattr(hashlib, ALG)(param.encode("utf-8")).hexdigest()
    return {"result": str(digest)}
