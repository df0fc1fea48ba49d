# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=dict_unpack_overrides sink=v4 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()
DEFAULTS = {"term": "all"}


@app.get("/00221")
def benchmark_test_00221(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    opts = {**DEFAULTS, "term": param}
    bar = opts["term"]
    result = subprocess.check_output(f"grep {bar} /var/log/app.log", shell=True)  # want: PY-CMDI
    return {"result": str(result)}
