# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=queryparams variant=token_randbytes expected=true
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00720")
def benchmark_test_00720(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    csrf_token = random.randbytes(16).hex()  # want: PY-WEAK-RANDOM
    result = len(csrf_token + bar)
    return {"result": str(result)}
