# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=cookieparam shape=tz_pref_noflags expected=false
from fastapi import FastAPI, Cookie, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00250")
def benchmark_test_00250(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("tz", "UTC")
    return resp
