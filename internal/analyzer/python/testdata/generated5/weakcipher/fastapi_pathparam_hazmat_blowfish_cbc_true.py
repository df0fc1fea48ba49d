# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=pathparam shape=hazmat_blowfish_cbc expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00009/{test_id}")
def benchmark_test_00009(request: Request, test_id: str):
    param = test_id
    bar = param
    key = os.urandom(16)
    encryptor = Cipher(algorithms.Blowfish(key), modes.CBC(os.urandom(8))).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return {"result": str(result)}
