# generated case (gen_cases5): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=form shape=sid_max_age_only expected=true
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/00241")
async def benchmark_test_00241(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("sid", bar, max_age=3600, path="/")  # want: PY-COOKIE-INSECURE
    return resp
