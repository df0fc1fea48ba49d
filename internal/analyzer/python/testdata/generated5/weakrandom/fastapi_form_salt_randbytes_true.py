# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=form shape=salt_randbytes expected=true
import hashlib
import random

from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00116")
async def benchmark_test_00116(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    salt = random.randbytes(16)  # want: PY-WEAK-RANDOM
    key = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), salt, 600000)
    result = (salt + key).hex()
    return {"result": str(result)}
