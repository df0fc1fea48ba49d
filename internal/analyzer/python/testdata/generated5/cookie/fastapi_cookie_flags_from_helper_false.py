# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=cookie shape=flags_from_helper expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


def cookie_flags():
    return {"secure": True, "httponly": True, "samesite": "Lax"}


@app.get("/00256")
def benchmark_test_00256(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_token", bar, **cookie_flags())
    return resp
