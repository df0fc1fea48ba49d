# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=getlist shape=aesgcm_random_nonce_var expected=false
import os

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00049", methods=["GET", "POST"])
def benchmark_test_00049():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    key = AESGCM.generate_key(bit_length=128)
    nonce = os.urandom(12)
    result = (nonce + AESGCM(key).encrypt(nonce, bar.encode("utf-8"), None)).hex()
    return jsonify(result=str(result))
