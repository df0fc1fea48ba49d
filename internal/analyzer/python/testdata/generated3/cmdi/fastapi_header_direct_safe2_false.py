# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=header propagation=direct sink=safe2 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00121")
def benchmark_test_00121(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
