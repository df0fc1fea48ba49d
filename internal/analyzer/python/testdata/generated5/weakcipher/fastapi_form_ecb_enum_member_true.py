# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=form shape=ecb_enum_member expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from enum import Enum
from fastapi import FastAPI, Request

app = FastAPI()


class CipherMode(Enum):
    LEGACY = AES.MODE_ECB
    MODERN = AES.MODE_GCM


@app.post("/00016")
async def benchmark_test_00016(request: Request):
    form = await request.form()
    param = str(form.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, CipherMode.LEGACY.value)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return {"result": str(result)}
