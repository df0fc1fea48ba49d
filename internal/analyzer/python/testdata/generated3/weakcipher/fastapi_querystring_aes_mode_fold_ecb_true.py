# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=querystring variant=aes_mode_fold_ecb expected=true
import os
import urllib.parse

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00689")
def benchmark_test_00689(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM if (7 * 18) + 106 < 200 else AES.MODE_ECB
    cipher = AES.new(key, mode)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return {"result": str(result)}
