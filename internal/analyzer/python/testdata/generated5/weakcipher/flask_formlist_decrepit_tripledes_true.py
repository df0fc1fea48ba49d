# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=formlist shape=decrepit_tripledes expected=true
import os

from cryptography.hazmat.decrepit.ciphers import algorithms as decrepit_algorithms
from cryptography.hazmat.primitives.ciphers import Cipher, modes
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00006", methods=["POST"])
def benchmark_test_00006():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    key = os.urandom(24)
    iv = os.urandom(8)
    encryptor = Cipher(decrepit_algorithms.TripleDES(key), modes.CBC(iv)).encryptor()  # want: PY-WEAK-CIPHER
    result = (encryptor.update(bar.encode("utf-8").ljust(32)[:32]) + encryptor.finalize()).hex()
    return jsonify(result=str(result))
