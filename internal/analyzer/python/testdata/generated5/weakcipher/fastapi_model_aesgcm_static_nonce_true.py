# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=model shape=aesgcm_static_nonce expected=true
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()
NONCE = b"0123456789ab"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00035")
def benchmark_test_00035(request: Request, item: Item):
    param = item.name
    bar = param
    key = AESGCM.generate_key(bit_length=256)
    result = AESGCM(key).encrypt(NONCE, bar.encode("utf-8"), None).hex()  # want: PY-WEAK-CIPHER
    return {"result": str(result)}
