# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=form variant=some_samesite_missing expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/00639")
async def benchmark_test_00639(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("SomeCookie", bar, secure=True, httponly=True)  # want: PY-COOKIE-INSECURE
    return resp
