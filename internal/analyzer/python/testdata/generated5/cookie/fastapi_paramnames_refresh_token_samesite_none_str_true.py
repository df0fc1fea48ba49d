# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=paramnames shape=refresh_token_samesite_none_str expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00240")
def benchmark_test_00240(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("refresh_token", bar, secure=True, httponly=True, samesite="None")  # want: PY-COOKIE-INSECURE
    return resp
