# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams propagation=direct sink=safe2 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00127")
def benchmark_test_00127(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
