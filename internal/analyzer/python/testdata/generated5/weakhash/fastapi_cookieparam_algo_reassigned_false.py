# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=cookieparam shape=algo_reassigned expected=false
import hashlib

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00088")
def benchmark_test_00088(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    algo = "md5"
    algo = "sha256"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()
    return {"result": str(result)}
