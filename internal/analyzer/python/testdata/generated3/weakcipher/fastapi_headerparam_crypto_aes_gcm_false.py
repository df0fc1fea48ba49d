# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=headerparam variant=crypto_aes_gcm expected=false
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00702")
def benchmark_test_00702(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    key = os.urandom(32)
    iv = os.urandom(12)
    encryptor = Cipher(algorithms.AES(key), modes.GCM(iv)).encryptor()
    result = (encryptor.update(bar.encode("utf-8")) + encryptor.finalize()).hex()
    return {"result": str(result)}
