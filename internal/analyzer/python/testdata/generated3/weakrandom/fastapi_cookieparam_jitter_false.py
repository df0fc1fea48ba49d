# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookieparam variant=jitter expected=false
import random

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00663")
def benchmark_test_00663(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    delay = random.uniform(0.1, 0.5)
    result = round(delay, 2)
    return {"result": str(result)}
