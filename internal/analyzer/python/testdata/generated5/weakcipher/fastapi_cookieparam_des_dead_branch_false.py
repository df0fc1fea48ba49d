# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=cookieparam shape=des_dead_branch expected=false
import os

from Crypto.Cipher import AES, DES
from fastapi import FastAPI, Cookie, Request

app = FastAPI()


@app.get("/00025")
def benchmark_test_00025(request: Request, BenchmarkTest: str = Cookie("")):
    param = BenchmarkTest
    bar = param
    if False:
        cipher = DES.new(os.urandom(8), DES.MODE_ECB)
    else:
        cipher = AES.new(os.urandom(16), AES.MODE_GCM)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return {"result": str(result)}
