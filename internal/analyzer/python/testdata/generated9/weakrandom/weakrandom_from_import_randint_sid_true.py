# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=from_import_randint_sid expected=true
from random import randint
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/weakrandom_from_import_randint_sid", methods=["GET", "POST"])
def case_from_import_randint_sid(request: Request, q: str = Query("")):
    param = q
    sid = str(randint(10 ** 8, 10 ** 9))  # want: PY-WEAK-RANDOM
    return {"result": str([param, sid])}
