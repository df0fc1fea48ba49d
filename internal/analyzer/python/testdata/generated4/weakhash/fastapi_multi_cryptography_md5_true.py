# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=multi shape=cryptography_md5 sink=config expected=true
from cryptography.hazmat.primitives import hashes
from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00559")
def benchmark_test_00559(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    digest = hashes.Hash(hashes.MD5())  # want: PY-WEAK-HASH
    digest.update(bar.encode("utf-8"))
    result = digest.finalize().hex()
    return {"result": str(result)}
