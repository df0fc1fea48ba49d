# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams propagation=direct sink=v2 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00083")
def benchmark_test_00083(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}
