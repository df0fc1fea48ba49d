# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=pathparam shape=backoff_jitter expected=false
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00134/{test_id}")
def benchmark_test_00134(request: Request, test_id: str):
    param = test_id
    bar = param
    attempt = min(len(bar), 5)
    delay = 0.1 * 2 ** attempt + random.uniform(0, 0.05)
    result = round(delay, 3)
    return {"result": str(result)}
