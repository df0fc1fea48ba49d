# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=query shape=ecb_flag_dead expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Request

app = FastAPI()
LEGACY_CLIENTS = False


@app.get("/00021")
def benchmark_test_00021(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM
    if LEGACY_CLIENTS:
        mode = AES.MODE_ECB
    cipher = AES.new(key, mode)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return {"result": str(result)}
