# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=pathparam variant=session_noflags expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.get("/00621/{test_id}")
def benchmark_test_00621(request: Request, test_id: str):
    param = test_id
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("session_token", bar)  # want: PY-COOKIE-INSECURE
    return resp
