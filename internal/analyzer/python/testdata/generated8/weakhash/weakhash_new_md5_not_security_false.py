# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=new_md5_not_security expected=false
import hashlib
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakhash_new_md5_not_security", methods=["GET", "POST"])
def case_new_md5_not_security(request: Request, q: str = ""):
    param = q
    etag = hashlib.new("md5", param.encode("utf-8"), usedforsecurity=False).hexdigest()
    return {"result": str(etag)}
