# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=query shape=algo_flag_turned_on expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()
LEGACY_DIGESTS = True


@app.get("/00084")
def benchmark_test_00084(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    algo = "sha256"
    if LEGACY_DIGESTS:
        algo = "md5"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
