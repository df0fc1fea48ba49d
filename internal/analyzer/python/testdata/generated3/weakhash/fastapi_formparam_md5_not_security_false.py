# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=formparam variant=md5_not_security expected=false
import hashlib

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00598")
def benchmark_test_00598(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=False).hexdigest()
    return {"result": str(result)}
