# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=pathparam shape=md5_usedforsecurity_true expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00071/{test_id}")
def benchmark_test_00071(request: Request, test_id: str):
    param = test_id
    bar = param
    result = hashlib.md5(bar.encode("utf-8"), usedforsecurity=True).hexdigest()  # want: PY-WEAK-HASH
    return {"result": str(result)}
