# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=form variant=token_secrets expected=false
import secrets

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00582")
async def benchmark_test_00582(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    reset_token = secrets.token_hex(16)
    result = reset_token + bar[:0]
    return {"result": str(result)}
