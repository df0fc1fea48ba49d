# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=query shape=sha1_from_import sink=config expected=true
from fastapi import FastAPI, Request
from hashlib import sha1

app = FastAPI()


@app.get("/00553")
def benchmark_test_00553(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    result = sha1(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
