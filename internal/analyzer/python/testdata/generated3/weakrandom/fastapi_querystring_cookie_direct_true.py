# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=querystring variant=cookie_direct expected=true
import random
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00576")
def benchmark_test_00576(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("rememberMe", str(random.random()), secure=True, httponly=True, samesite="Strict")  # want: PY-WEAK-RANDOM
    return resp
