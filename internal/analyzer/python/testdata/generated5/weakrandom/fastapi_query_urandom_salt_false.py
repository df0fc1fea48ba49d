# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=fastapi source=query shape=urandom_salt expected=false
import hashlib
import os

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00147")
def benchmark_test_00147(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    salt = os.urandom(16)
    key = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), salt, 600000)
    result = (salt + key).hex()
    return {"result": str(result)}
