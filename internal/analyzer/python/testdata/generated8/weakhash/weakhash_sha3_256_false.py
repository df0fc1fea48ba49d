# generated case (gen8): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=sha3_256 expected=false
import hashlib
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakhash_sha3_256", methods=["GET", "POST"])
def case_sha3_256(request: Request, x_q: str = Header("")):
    param = x_q
    digest = hashlib.sha3_256(param.encode("utf-8")).hexdigest()
    return {"result": str(digest)}
