# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=querystring variant=cookie_gauss expected=true
import random
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00719")
def benchmark_test_00719(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    rand = random.gauss(0, 1)  # want: PY-WEAK-RANDOM
    remember_me_key = str(rand).replace(".", "")[1:]
    resp = JSONResponse({"ok": True})
    resp.set_cookie("rememberMe", remember_me_key, secure=True, httponly=True, samesite="Strict")
    return resp
