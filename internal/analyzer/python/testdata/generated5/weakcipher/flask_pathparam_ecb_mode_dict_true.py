# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=pathparam shape=ecb_mode_dict expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from flask import Flask, jsonify, request

app = Flask(__name__)
MODES = {"fast": modes.ECB}


@app.route("/00018/<test_id>", methods=["GET", "POST"])
def benchmark_test_00018(test_id):
    param = test_id
    bar = param
    key = os.urandom(32)
    encryptor = Cipher(algorithms.AES(key), MODES["fast"]()).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return jsonify(result=str(result))
