# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=querystring shape=gcm_enum_member expected=false
import os
import urllib.parse

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from enum import Enum
from fastapi import FastAPI, Request

app = FastAPI()


class CipherMode(Enum):
    LEGACY = AES.MODE_ECB
    MODERN = AES.MODE_GCM


@app.get("/00017")
def benchmark_test_00017(request: Request):
    qs = urllib.parse.parse_qs(request.url.query)
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, CipherMode.MODERN.value)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return {"result": str(result)}
