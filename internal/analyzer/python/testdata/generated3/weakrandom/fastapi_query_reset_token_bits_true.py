# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=query variant=reset_token_bits expected=true
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00708")
def benchmark_test_00708(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    reset_token = "%032x" % random.getrandbits(128)  # want: PY-WEAK-RANDOM
    result = reset_token + bar[:0]
    return {"result": str(result)}
