# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=paramnames shape=md5_dead_branch expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00089")
def benchmark_test_00089(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    if False:
        result = hashlib.md5(bar.encode("utf-8")).hexdigest()
    else:
        result = hashlib.sha256(bar.encode("utf-8")).hexdigest()
    return {"result": str(result)}
