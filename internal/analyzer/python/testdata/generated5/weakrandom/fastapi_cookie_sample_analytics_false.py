# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookie shape=sample_analytics expected=false
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00133")
def benchmark_test_00133(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    events = list(range(1000))
    picked = random.sample(events, 10)
    result = sum(picked) + len(bar)
    return {"result": str(result)}
