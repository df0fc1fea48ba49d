# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=paramnames variant=token_secrets expected=false
import secrets

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00731")
def benchmark_test_00731(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    reset_token = secrets.token_hex(16)
    result = reset_token + bar[:0]
    return {"result": str(result)}
