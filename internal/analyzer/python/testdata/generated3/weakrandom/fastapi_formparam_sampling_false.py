# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam variant=sampling expected=false
import random

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00588")
def benchmark_test_00588(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    sampled = random.random() < 0.1
    result = sampled and len(bar) > 0
    return {"result": str(result)}
