# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=fastapi source=headerparam shape=scrypt_password expected=false
import hashlib
import os

from fastapi import FastAPI, Header, Request

app = FastAPI()


@app.get("/00102")
def benchmark_test_00102(request: Request, referer: str = Header("")):
    param = referer
    bar = param
    password = bar
    salt = os.urandom(16)
    key = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=2 ** 14, r=8, p=1)
    result = len(salt + key)
    return {"result": str(result)}
