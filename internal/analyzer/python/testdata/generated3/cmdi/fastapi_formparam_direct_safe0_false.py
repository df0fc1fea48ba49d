# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=formparam propagation=direct sink=safe0 expected=false
import subprocess

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00101")
def benchmark_test_00101(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
