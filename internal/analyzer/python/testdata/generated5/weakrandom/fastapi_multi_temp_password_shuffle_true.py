# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=multi shape=temp_password_shuffle expected=true
import random
import string

from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()
ALPHABET = string.ascii_letters + string.digits


@app.get("/00129")
def benchmark_test_00129(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    chars = list(ALPHABET)
    random.shuffle(chars)  # want: PY-WEAK-RANDOM
    new_password = "".join(chars[:12])
    result = len(new_password + bar)
    return {"result": str(result)}
