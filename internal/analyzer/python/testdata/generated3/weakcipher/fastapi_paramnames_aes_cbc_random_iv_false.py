# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=paramnames variant=aes_cbc_random_iv expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00701")
def benchmark_test_00701(request: Request):
    param = ""
    for name in request.query_params.keys():
        if request.query_params.get(name) == "BenchmarkTest":
            param = name
            break
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=os.urandom(16))
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return {"result": str(result)}
