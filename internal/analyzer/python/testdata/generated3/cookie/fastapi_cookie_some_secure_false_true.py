# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=cookie variant=some_secure_false expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00627")
def benchmark_test_00627(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("SomeCookie", bar, secure=False, httponly=True, samesite="Strict")  # want: PY-COOKIE-INSECURE
    return resp
