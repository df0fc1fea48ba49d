# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=paramnames shape=hazmat_cbc_secrets_iv expected=false
import os
import secrets

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00041", methods=["GET", "POST"])
def benchmark_test_00041():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    key = os.urandom(32)
    iv = secrets.token_bytes(16)
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return jsonify(result=str(result))
