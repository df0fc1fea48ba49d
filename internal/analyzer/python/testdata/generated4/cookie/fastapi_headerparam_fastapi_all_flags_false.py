# generated case (gen_cases4): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=headerparam shape=fastapi_all_flags sink=config expected=false
from fastapi import FastAPI, Header, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00547")
def benchmark_test_00547(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie(key="session_token", value=bar, secure=True, httponly=True, samesite="strict")
    return resp
