# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=headernames variant=crypto_aes_ecb expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from flask import Flask, jsonify, request

app = Flask(__name__)
STANDARD_HEADERS = {"host", "user-agent", "accept", "accept-language", "accept-encoding", "connection",
                    "cookie", "content-type", "content-length", "referer", "origin"}


@app.route("/00687", methods=["GET", "POST"])
def benchmark_test_00687():
    param = ""
    for name in request.headers.keys():
        if name.lower() in STANDARD_HEADERS:
            continue
        param = name
        break
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), modes.ECB()).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(16)) + encryptor.finalize()).hex()
    return jsonify(result=str(result))
