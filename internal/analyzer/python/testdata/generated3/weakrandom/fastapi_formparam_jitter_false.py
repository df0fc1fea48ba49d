# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam variant=jitter expected=false
import random

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00738")
def benchmark_test_00738(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    delay = random.uniform(0.1, 0.5)
    result = round(delay, 2)
    return {"result": str(result)}
