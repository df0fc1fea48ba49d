# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=cookie variant=arc4 expected=true
import os

from Crypto.Cipher import ARC4
from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/00683")
def benchmark_test_00683(request: Request):
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    cipher = ARC4.new(os.urandom(16))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(bar.encode("utf-8")).hex()
    return {"result": str(result)}
