# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=pathparam variant=des_ecb expected=true
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00677/{test_id}")
def benchmark_test_00677(request: Request, test_id: str):
    param = test_id
    bar = param
    key = os.urandom(8)
    cipher = DES.new(key, DES.MODE_ECB)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return {"result": str(result)}
