# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=cookie shape=hazmat_arc4 expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00008")
def benchmark_test_00008(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(16)
    encryptor = Cipher(algorithms.ARC4(key), mode=None).encryptor()  # want: PY-WEAK-CIPHER
    result = encryptor.update(bar.encode("utf-8")).hex()
    return {"result": str(result)}
