# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=pathparam shape=chacha20_poly1305 sink=config expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import ChaCha20Poly1305
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00568/{test_id}")
def benchmark_test_00568(request: Request, test_id: str):
    param = test_id
    bar = param
    key = ChaCha20Poly1305.generate_key()
    nonce = os.urandom(12)
    result = ChaCha20Poly1305(key).encrypt(nonce, bar.encode("utf-8"), None).hex()
    return {"result": str(result)}
