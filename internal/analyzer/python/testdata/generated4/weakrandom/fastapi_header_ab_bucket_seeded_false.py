# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=header shape=ab_bucket_seeded sink=config expected=false
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00583")
def benchmark_test_00583(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    rng = random.Random(len(bar))
    variant = "A" if rng.random() < 0.5 else "B"
    result = variant
    return {"result": str(result)}
