# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=fastapi source=form variant=some_expire expected=false
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/00611")
async def benchmark_test_00611(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("SomeCookie", "", max_age=0, path="/", secure=False)
    return resp
