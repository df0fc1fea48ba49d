# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=header shape=seed_then_token expected=true
import random
import time

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00120")
def benchmark_test_00120(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    random.seed(time.time())
    access_token = "%x" % random.getrandbits(64)  # want: PY-WEAK-RANDOM
    result = len(access_token + bar)
    return {"result": str(result)}
