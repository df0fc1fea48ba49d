# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=multi shape=blowfish_eax expected=true
import os

from Crypto.Cipher import Blowfish
from fastapi import FastAPI, Query, Request
from typing import List

app = FastAPI()


@app.get("/00004")
def benchmark_test_00004(request: Request, BenchmarkTest: List[str] = Query([])):
    param = BenchmarkTest[0] if BenchmarkTest else ""
    bar = param
    key = os.urandom(16)
    cipher = Blowfish.new(key, Blowfish.MODE_EAX)  # want: PY-WEAK-CIPHER
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = ct.hex()
    return {"result": str(result)}
