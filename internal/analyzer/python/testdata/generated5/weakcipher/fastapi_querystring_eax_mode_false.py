# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=querystring shape=eax_mode expected=false
import os
import urllib.parse

from Crypto.Cipher import AES
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00043")
def benchmark_test_00043(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_EAX)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return {"result": str(result)}
