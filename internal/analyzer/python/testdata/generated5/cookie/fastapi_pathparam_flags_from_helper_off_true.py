# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=pathparam shape=flags_from_helper_off expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


def cookie_flags():
    return {"secure": False, "httponly": True, "samesite": "Lax"}


@app.get("/00257/{test_id}")
def benchmark_test_00257(request: Request, test_id: str):
    param = test_id
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_token", bar, **cookie_flags())  # want: PY-COOKIE-INSECURE
    return resp
