# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=queryparams shape=new_sha1_not_security expected=false
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00093")
def benchmark_test_00093(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    result = hashlib.new("sha1", bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return {"result": str(result)}
