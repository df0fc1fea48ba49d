# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=fastapi source=querystring propagation=direct sink=safe2 expected=false
import subprocess
import urllib.parse

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00118")
def benchmark_test_00118(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    proc = subprocess.run(["ping", "-c", "1", "--", bar], shell=False, capture_output=True)
    result = proc.returncode
    return {"result": str(result)}
