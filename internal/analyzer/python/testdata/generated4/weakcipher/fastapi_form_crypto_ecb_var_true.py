# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=form shape=crypto_ecb_var sink=config expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00574")
async def benchmark_test_00574(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(32)
    mode = modes.ECB()  # want: PY-WEAK-CIPHER
    encryptor = Cipher(algorithms.AES(key), mode).encryptor()
    result = (encryptor.update(bar.encode("utf-8").ljust(16)[:16]) + encryptor.finalize()).hex()
    return {"result": str(result)}
