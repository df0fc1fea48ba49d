# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=pathparam variant=cookie_remember expected=true
import random

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00707/{test_id}")
def benchmark_test_00707(request: Request, test_id: str):
    param = test_id
    bar = param
    rand = random.random()  # want: PY-WEAK-RANDOM
    remember_me_key = str(rand)[2:]
    resp = JSONResponse({"ok": True})
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp
