# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=form variant=aes_gcm expected=false
import os

from Crypto.Cipher import AES
from fastapi import FastAPI, Request

app = FastAPI()


@app.post("/00695")
async def benchmark_test_00695(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ciphertext).hex()
    return {"result": str(result)}
