# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=headerparam shape=cbc_get_random_bytes_iv expected=false
from Crypto.Cipher import AES
from Crypto.Random import get_random_bytes
from Crypto.Util.Padding import pad
from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00039")
def benchmark_test_00039(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    key = get_random_bytes(16)
    iv = get_random_bytes(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=iv)
    result = (iv + cipher.encrypt(pad(bar.encode("utf-8"), 16))).hex()
    return {"result": str(result)}
