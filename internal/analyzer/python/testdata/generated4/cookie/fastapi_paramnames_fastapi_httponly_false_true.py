# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=paramnames shape=fastapi_httponly_false sink=config expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00548")
def benchmark_test_00548(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie(key="session_token", value=bar, secure=True, httponly=False, samesite="lax")  # want: PY-COOKIE-INSECURE
    return resp
