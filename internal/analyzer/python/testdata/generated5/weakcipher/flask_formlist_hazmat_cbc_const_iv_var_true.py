# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=formlist shape=hazmat_cbc_const_iv_var expected=true
import os

from cryptography.hazmat.primitives.ciphers import algorithms, Cipher, modes
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00031", methods=["POST"])
def benchmark_test_00031():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    key = os.urandom(32)
    iv = b"fixed-iv-16bytes"
    encryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return jsonify(result=str(result))
