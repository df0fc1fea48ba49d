# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=cookie variant=api_key_choice expected=true
import random

from fastapi import FastAPI, Request

app = FastAPI()
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@app.get("/00713")
def benchmark_test_00713(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    api_key = "".join(random.choice(ALPHABET) for _ in range(32))  # want: PY-WEAK-RANDOM
    result = len(api_key) + len(bar)
    return {"result": str(result)}
