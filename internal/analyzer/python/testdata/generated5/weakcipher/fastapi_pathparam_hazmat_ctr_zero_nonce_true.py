# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=pathparam shape=hazmat_ctr_zero_nonce expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00034/{test_id}")
def benchmark_test_00034(request: Request, test_id: str):
    param = test_id
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), modes.CTR(b"\x00" * 16)).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return {"result": str(result)}
