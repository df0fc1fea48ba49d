# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=direct sink=safe0 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00125")
def benchmark_test_00125(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
