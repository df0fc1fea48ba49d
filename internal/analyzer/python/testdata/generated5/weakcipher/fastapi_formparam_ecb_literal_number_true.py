# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=formparam shape=ecb_literal_number expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Form, Request

app = FastAPI()


@app.post("/00012")
def benchmark_test_00012(request: Request, BenchmarkTest: str = Form("")):
    param = BenchmarkTest
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, 1)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return {"result": str(result)}
