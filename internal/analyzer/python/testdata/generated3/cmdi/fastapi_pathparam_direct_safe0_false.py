# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=pathparam propagation=direct sink=safe0 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00116/{test_id}")
def benchmark_test_00116(request: Request, test_id: str):
    param = test_id
    bar = param
    proc = subprocess.run(["echo", bar], capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
