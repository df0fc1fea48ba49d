# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=values shape=crypto_cbc_zero_iv sink=config expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00569", methods=["GET", "POST"])
def benchmark_test_00569():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(b"\x00" * 16)).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(16)[:16]) + encryptor.finalize()).hex()
    return jsonify(result=str(result))
