# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=formparam variant=token_secrets expected=false
import secrets

from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00656")
def benchmark_test_00656(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    reset_token = secrets.token_hex(16)
    result = reset_token + bar[:0]
    return {"result": str(result)}
