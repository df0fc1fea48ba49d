# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam shape=api_key_choices sink=config expected=true
import random

from fastapi import FastAPI, Form, Request

app = FastAPI()
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@app.post("/00577")
def benchmark_test_00577(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    api_key = "".join(random.choices(ALPHABET, k=32))  # want: PY-WEAK-RANDOM
    result = len(api_key) + len(bar)
    return {"result": str(result)}
