# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=values variant=arc4 expected=true
import os

from Crypto.Cipher import ARC4
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00682", methods=["GET", "POST"])
def benchmark_test_00682():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    cipher = ARC4.new(os.urandom(16))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(bar.encode("utf-8")).hex()
    return jsonify(result=str(result))
