# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=fastapi source=query shape=format_map sink=v4 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00129")
def benchmark_test_00129(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = "{term}".format_map({"term": param})
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return {"result": str(result)}
