# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=cookie shape=space_join_shell sink=specific expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00336")
def benchmark_test_00336(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    proc = subprocess.run(" ".join(["grep", "-rn", bar, "/srv/logs"]), shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": str(result)}
