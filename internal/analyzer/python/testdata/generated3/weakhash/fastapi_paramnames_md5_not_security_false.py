# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=paramnames variant=md5_not_security expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00673")
def benchmark_test_00673(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return {"result": str(result)}
