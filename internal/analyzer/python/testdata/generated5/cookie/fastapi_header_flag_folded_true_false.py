# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=header shape=flag_folded_true expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00245")
def benchmark_test_00245(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    secure_flag = len("https") == 5
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_token", bar, secure=secure_flag, httponly=True, samesite="Lax")
    return resp
