# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=multi variant=system_random expected=false
import random

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00583")
def benchmark_test_00583(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    otp = str(random.SystemRandom().randint(100000, 999999))
    result = len(otp + bar)
    return {"result": str(result)}
