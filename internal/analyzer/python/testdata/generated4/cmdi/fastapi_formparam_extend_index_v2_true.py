# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=fastapi source=formparam shape=extend_index sink=v2 expected=true
import subprocess

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00095")
def benchmark_test_00095(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    items = ["safe"]
    items.extend([param, "more"])
    bar = items[1]
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)  # want: PY-CMDI
    result = proc.communicate()[0]
    return {"result": str(result)}
