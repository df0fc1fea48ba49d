# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=paramnames shape=seeded_test_fixture_order expected=false
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00152")
def benchmark_test_00152(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    rng = random.Random(42)
    order = list(range(10))
    rng.shuffle(order)
    result = order[:3] + [len(bar)]
    return {"result": str(result)}
