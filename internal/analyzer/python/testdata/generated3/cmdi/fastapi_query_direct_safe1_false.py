# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=direct sink=safe1 expected=false
import os
import shlex

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00120")
def benchmark_test_00120(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return {"result": str(result)}
