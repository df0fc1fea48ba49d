# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=headernames shape=aesgcm_random_nonce_var expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.get("/00048")
def benchmark_test_00048(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = AESGCM.generate_key(bit_length=128)
    nonce = os.urandom(12)
    result = (nonce + AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()
    return {"result": str(result)}
