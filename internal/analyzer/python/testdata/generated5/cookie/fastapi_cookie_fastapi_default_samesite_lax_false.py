# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=cookie shape=fastapi_default_samesite_lax expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00252")
def benchmark_test_00252(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie(key="session", value=bar, secure=True, httponly=True)
    return resp
