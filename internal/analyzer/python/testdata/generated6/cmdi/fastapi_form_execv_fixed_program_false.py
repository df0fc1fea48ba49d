# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=form shape=execv_fixed_program sink=specific expected=false
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00483")
async def benchmark_test_00483(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    os.execv("/usr/bin/file", ["file", "--", bar])
    result = True
    return {"result": str(result)}
