# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=fastapi source=model shape=des_named_only expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from fastapi import FastAPI, Request
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00061")
def benchmark_test_00061(request: Request, item: Item):
    param = item.name
    bar = param
    ALGORITHM_NOTE = "DES and 3DES are retired; AES-GCM is used"
    key = AESGCM.generate_key(bit_length=256)
    nonce = os.urandom(12)
    result = ALGORITHM_NOTE + (nonce + AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()
    return {"result": str(result)}
