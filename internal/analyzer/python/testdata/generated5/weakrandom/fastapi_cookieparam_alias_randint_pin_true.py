# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookieparam shape=alias_randint_pin expected=true
from fastapi import FastAPI, Cookie, Request
from random import randint as ri

app = FastAPI()


@app.get("/00125")
def benchmark_test_00125(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    pin = str(ri(1000, 9999))  # want: PY-WEAK-RANDOM
    result = len(pin + bar)
    return {"result": str(result)}
