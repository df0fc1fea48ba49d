# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=query variant=sha1_update expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00650")
def benchmark_test_00650(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    md = hashlib.sha1()  # want: PY-WEAK-HASH
    md.update(bar.encode("utf-8"))
    result = md.hexdigest()
    return {"result": str(result)}
