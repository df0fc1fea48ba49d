# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=paramnames variant=fold_secure_true expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00645")
def benchmark_test_00645(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    secure_flag = (7 * 18) + 106 > 200
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp
