# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookieparam variant=sampling expected=false
import random

from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00737")
def benchmark_test_00737(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    sampled = random.random() < 0.1
    result = sampled and len(bar) > 0
    return {"result": str(result)}
