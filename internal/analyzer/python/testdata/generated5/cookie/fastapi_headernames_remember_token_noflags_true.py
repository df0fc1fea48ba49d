# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=headernames shape=remember_token_noflags expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00236")
def benchmark_test_00236(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("remember_token", bar, max_age=30 * 24 * 3600)  # want: PY-COOKIE-INSECURE
    return resp
