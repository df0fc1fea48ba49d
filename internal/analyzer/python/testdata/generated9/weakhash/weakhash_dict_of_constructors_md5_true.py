# generated case (gen9): category=weakhash rule=PY-WEAK-HASH fw=fastapi shape=dict_of_constructors_md5 expected=true
import hashlib
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

ALGS = {"fast": hashlib.md5}


@app.api_route("/weakhash_dict_of_constructors_md5", methods=["GET", "POST"])
def case_dict_of_constructors_md5(request: Request, q: str = Query("")):
    param = q
    digest = ALGS["fast"](param.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(digest)}
