# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=multi shape=new_upper_var expected=true
import hashlib

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00066")
def benchmark_test_00066(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    algo = "MD5"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
