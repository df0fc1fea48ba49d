# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=query propagation=filter_isalnum sink=v2 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00109")
def benchmark_test_00109(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = "".join(filter(str.isalnum, param))
    proc = subprocess.Popen(["/bin/sh", "-c", "echo " + bar], stdout=subprocess.PIPE)
    result = proc.communicate()[0]
    return {"result": str(result)}
