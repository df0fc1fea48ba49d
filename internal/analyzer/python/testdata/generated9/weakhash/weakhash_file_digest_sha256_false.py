# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=file_digest_sha256 expected=false
import hashlib
import io
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakhash_file_digest_sha256", methods=["GET", "POST"])
def case_file_digest_sha256(request: Request, x_q: str = Header("")):
    param = x_q
    digest = hashlib.file_digest(io.BytesIO(param.encode("utf-8")), "sha256").hexdigest()
    return {"result": str(digest)}
