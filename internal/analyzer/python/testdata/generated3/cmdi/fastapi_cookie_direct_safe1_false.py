# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=cookie propagation=direct sink=safe1 expected=false
import os
import shlex

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00117")
def benchmark_test_00117(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return {"result": str(result)}
