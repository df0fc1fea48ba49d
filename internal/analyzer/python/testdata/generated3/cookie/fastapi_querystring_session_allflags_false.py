# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=querystring variant=session_allflags expected=false
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00633")
def benchmark_test_00633(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=True, httponly=True, samesite="Lax")
    return resp
