# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=querystring shape=secure_module_const_false expected=true
import urllib.parse

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
SECURE_COOKIES = False


@app.get("/00231")
def benchmark_test_00231(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("auth_token", bar, secure=SECURE_COOKIES, httponly=True, samesite="Lax")  # want: PY-COOKIE-INSECURE
    return resp
