# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=fastapi source=query shape=next_genexp_safe sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00255")
def benchmark_test_00255(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = next(v for v in ["safe", param])
    proc = subprocess.run("ls -l /srv/app/testfiles/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
