# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=md5_usedforsecurity_true expected=true
import hashlib
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakhash_md5_usedforsecurity_true", methods=["GET", "POST"])
def case_md5_usedforsecurity_true(request: Request, q: str = Cookie("")):
    param = q
    digest = hashlib.md5(param.encode("utf-8"), usedforsecurity=True).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(digest)}
