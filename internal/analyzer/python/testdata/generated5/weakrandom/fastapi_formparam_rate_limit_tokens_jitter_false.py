# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam shape=rate_limit_tokens_jitter expected=false
import random

from fastapi import FastAPI, Form, Request

app = FastAPI()
RATE = 5.0


@app.post("/00138")
def benchmark_test_00138(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    refill_jitter = random.uniform(0.9, 1.1)
    tokens_per_second = RATE * refill_jitter
    result = round(tokens_per_second, 2) + len(bar)
    return {"result": str(result)}
