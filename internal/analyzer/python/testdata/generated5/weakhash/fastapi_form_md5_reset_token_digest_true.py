# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=form shape=md5_reset_token_digest expected=true
import hashlib

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00079")
async def benchmark_test_00079(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    reset_digest = hashlib.md5(("reset:" + bar).encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    result = reset_digest
    return {"result": str(result)}
