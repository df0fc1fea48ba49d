# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=cookie shape=secure_module_const_true expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
SECURE_COOKIES = True


@app.get("/00232")
def benchmark_test_00232(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("auth_token", bar, secure=SECURE_COOKIES, httponly=True, samesite="Lax")
    return resp
