# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=form shape=ecb_literal_number expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00013", methods=["POST"])
def benchmark_test_00013():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, 1)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return jsonify(result=str(result))
