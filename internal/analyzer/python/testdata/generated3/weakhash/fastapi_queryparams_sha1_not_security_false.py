# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=queryparams variant=sha1_not_security expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00662")
def benchmark_test_00662(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    result = hashlib.sha1(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return {"result": str(result)}
