# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=headerparam variant=jitter expected=false
import random

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00589")
def benchmark_test_00589(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    delay = random.uniform(0.1, 0.5)
    result = round(delay, 2)
    return {"result": str(result)}
