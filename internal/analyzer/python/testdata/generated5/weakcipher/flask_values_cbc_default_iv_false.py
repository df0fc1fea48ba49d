# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=values shape=cbc_default_iv expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00036", methods=["GET", "POST"])
def benchmark_test_00036():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC)
    result = (cipher.iv + cipher.encrypt(pad(bar.encode("utf-8"), 16))).hex()
    return jsonify(result=str(result))
