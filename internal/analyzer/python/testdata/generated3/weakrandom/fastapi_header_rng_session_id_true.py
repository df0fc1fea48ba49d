# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=header variant=rng_session_id expected=true
import random

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00714")
def benchmark_test_00714(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    rng = random.Random()
    session_id = rng.randint(0, 2 ** 63)  # want: PY-WEAK-RANDOM
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_id", str(session_id), secure=True, httponly=True, samesite="Strict")
    return resp
