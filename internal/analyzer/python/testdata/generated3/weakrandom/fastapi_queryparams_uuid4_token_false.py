# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=queryparams variant=uuid4_token expected=false
import uuid

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00577")
def benchmark_test_00577(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    reset_token = str(uuid.uuid4())
    result = reset_token + bar[:0]
    return {"result": str(result)}
