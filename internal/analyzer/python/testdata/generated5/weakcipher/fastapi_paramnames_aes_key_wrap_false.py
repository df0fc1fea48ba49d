# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=paramnames shape=aes_key_wrap expected=false
import os

from cryptography.hazmat.primitives.keywrap import aes_key_wrap
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00052")
def benchmark_test_00052(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    kek = os.urandom(32)
    data_key = bar.encode("utf-8").ljust(32, b"\0")[:32]
    result = aes_key_wrap(kek, data_key).hex()
    return {"result": str(result)}
