# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=formparam propagation=match_const_taint sink=v1 expected=true
import subprocess

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00097")
def benchmark_test_00097(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    target = "A"
    match target:
        case "A":
            bar = param
        case "B":
            bar = "bob"
        case _:
            bar = "default"
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": str(result)}
