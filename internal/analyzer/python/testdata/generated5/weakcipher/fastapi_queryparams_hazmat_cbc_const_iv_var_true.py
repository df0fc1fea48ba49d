# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=queryparams shape=hazmat_cbc_const_iv_var expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00030")
def benchmark_test_00030(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(32)
    iv = b"fixed-iv-16bytes"
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return {"result": str(result)}
