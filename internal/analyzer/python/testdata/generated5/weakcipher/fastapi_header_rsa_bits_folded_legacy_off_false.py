# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=header shape=rsa_bits_folded_legacy_off expected=false
from Crypto.PublicKey import RSA
from fastapi import FastAPI, Request

app = FastAPI()
LEGACY_KEYS = False


@app.get("/00057")
def benchmark_test_00057(request: Request):
    param = request.headers.get("referer", "")
    bar = param
    bits = 1024 if LEGACY_KEYS else 3072
    key = RSA.generate(bits)
    result = len(bar) + key.size_in_bits()
    return {"result": str(result)}
