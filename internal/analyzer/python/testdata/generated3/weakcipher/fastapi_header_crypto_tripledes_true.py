# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=header variant=crypto_tripledes expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00684")
def benchmark_test_00684(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    key = os.urandom(24)
    encryptor = Cipher(algorithms.TripleDES(key), modes.CBC(os.urandom(8))).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(16)) + encryptor.finalize()).hex()
    return {"result": str(result)}
