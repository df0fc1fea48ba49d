# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=query variant=aes_ecb expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00678")
def benchmark_test_00678(request: Request, BenchmarkTest: str = ""):
    param = BenchmarkTest
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_ECB)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return {"result": str(result)}
