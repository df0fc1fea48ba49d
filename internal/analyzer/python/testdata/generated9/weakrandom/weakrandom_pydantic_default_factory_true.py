# generated case (gen9): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi shape=pydantic_default_factory expected=true
import random

from pydantic import BaseModel, Field
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()

class ApiSession(BaseModel):
    sid: str = Field(default_factory=lambda: "%016x" % random.getrandbits(64))  # want: PY-WEAK-RANDOM


@app.api_route("/weakrandom_pydantic_default_factory", methods=["GET", "POST"])
def case_pydantic_default_factory(request: Request, q: str = Cookie("")):
    param = q
    sess = ApiSession()
    return {"result": str([param, sess.sid])}
