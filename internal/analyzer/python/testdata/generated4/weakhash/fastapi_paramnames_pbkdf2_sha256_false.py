# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=paramnames shape=pbkdf2_sha256 sink=config expected=false
import hashlib
import os

from fastapi import FastAPI, Request

app = FastAPI()
SALT = os.environ["PWD_SALT"].encode()


@app.get("/00562")
def benchmark_test_00562(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    result = hashlib.pbkdf2_hmac("sha256", bar.encode("utf-8"), SALT, 600000).hex()
    return {"result": str(result)}
