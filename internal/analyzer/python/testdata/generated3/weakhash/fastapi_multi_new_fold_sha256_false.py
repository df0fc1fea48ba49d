# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=multi variant=new_fold_sha256 expected=false
import hashlib

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00668")
def benchmark_test_00668(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    algorithm = "sha256" if (7 * 18) + 106 > 200 else "md5"
    result = hashlib.new(algorithm, bar.encode("utf-8")).hexdigest()
    return {"result": str(result)}
