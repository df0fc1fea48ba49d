# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=header propagation=direct sink=safe1 expected=false
import os
import shlex

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00126")
def benchmark_test_00126(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return {"result": str(result)}
