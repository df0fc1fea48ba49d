# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=multi variant=aesgcm expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00696")
def benchmark_test_00696(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    result = AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None).hex()
    return {"result": str(result)}
