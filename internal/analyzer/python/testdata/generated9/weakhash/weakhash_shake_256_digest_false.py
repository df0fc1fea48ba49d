# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=shake_256_digest expected=false
import hashlib
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakhash_shake_256_digest", methods=["GET", "POST"])
def case_shake_256_digest(request: Request, q: str = Query("")):
    param = q
    value = hashlib.shake_256(param.encode("utf-8")).hexdigest(32)
    return {"result": str(value)}
