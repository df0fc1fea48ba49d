# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=cookie shape=siv_mode expected=false
import os

from Crypto.Cipher import AES
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00044")
def benchmark_test_00044(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(32)
    cipher = AES.new(key, AES.MODE_SIV)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (tag + ct).hex()
    return {"result": str(result)}
