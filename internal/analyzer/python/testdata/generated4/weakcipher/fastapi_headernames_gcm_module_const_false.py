# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=headernames shape=gcm_module_const sink=config expected=false
import os

from Crypto.Cipher import AES
from fastapi import FastAPI, Request

app = FastAPI()
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}
MODE = AES.MODE_GCM


@app.get("/00565")
def benchmark_test_00565(request: Request):
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, MODE)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return {"result": str(result)}
