# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=fastapi source=formparam shape=lambda_ignore sink=v4 expected=false
import subprocess

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00221")
def benchmark_test_00221(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    fmt = lambda v: "safe"
    bar = fmt(param)
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)
    return {"result": str(result)}
