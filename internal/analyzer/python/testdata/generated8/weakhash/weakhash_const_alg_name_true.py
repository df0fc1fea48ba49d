# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=const_alg_name expected=true
import hashlib
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

TOKEN_ALG = "md5"


@app.api_route("/weakhash_const_alg_name", methods=["GET", "POST"])
def case_const_alg_name(request: Request, q: str = Query("")):
    param = q
    digest = hashlib.new(TOKEN_ALG, param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(digest)}
