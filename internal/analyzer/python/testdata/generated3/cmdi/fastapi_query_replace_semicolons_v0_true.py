# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=replace_semicolons sink=v0 expected=true
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00094")
def benchmark_test_00094(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param.replace(";", "").replace("&", "")
    result = os.system("echo " + bar)  # want: PY-CMDI
    return {"result": str(result)}
