# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=multi shape=fastapi_samesite_none_explicit expected=true
from fastapi import FastAPI, Query, Request
from fastapi.responses import JSONResponse
from typing import List

app = FastAPI()


@app.get("/00253")
def benchmark_test_00253(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie(key="session", value=bar, secure=True, httponly=True, samesite="none")  # want: PY-COOKIE-INSECURE
    return resp
