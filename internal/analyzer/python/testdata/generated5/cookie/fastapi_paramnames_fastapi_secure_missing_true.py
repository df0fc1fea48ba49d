# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=paramnames shape=fastapi_secure_missing expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00254")
def benchmark_test_00254(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie(key="session", value=bar, httponly=True)  # want: PY-COOKIE-INSECURE
    return resp
