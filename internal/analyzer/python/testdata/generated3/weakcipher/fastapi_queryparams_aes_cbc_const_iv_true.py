# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=queryparams variant=aes_cbc_const_iv expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00690")
def benchmark_test_00690(request: Request):
    param = request.query_params.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=b"0123456789abcdef")  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return {"result": str(result)}
