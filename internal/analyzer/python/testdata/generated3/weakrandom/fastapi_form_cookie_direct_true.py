# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=form variant=cookie_direct expected=true
import random

from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse

app = FastAPI()


@app.post("/00725")
async def benchmark_test_00725(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    resp = JSONResponse({"ok": True})
    resp.set_cookie("rememberMe", str(random.random()), secure=True, httponly=True, samesite="Strict")  # want: PY-WEAK-RANDOM
    return resp
