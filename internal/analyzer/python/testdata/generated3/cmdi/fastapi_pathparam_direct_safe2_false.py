# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=pathparam propagation=direct sink=safe2 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00118/{test_id}")
def benchmark_test_00118(request: Request, test_id: str):
    param = test_id
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
