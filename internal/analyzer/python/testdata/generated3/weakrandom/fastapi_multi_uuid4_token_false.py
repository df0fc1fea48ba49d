# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=multi variant=uuid4_token expected=false
import uuid

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00726")
def benchmark_test_00726(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    reset_token = str(uuid.uuid4())
    result = reset_token + bar[:0]
    return {"result": str(result)}
