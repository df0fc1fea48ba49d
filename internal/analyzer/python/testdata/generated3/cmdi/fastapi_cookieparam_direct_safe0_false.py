# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=cookieparam propagation=direct sink=safe0 expected=false
import subprocess

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00116")
def benchmark_test_00116(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
