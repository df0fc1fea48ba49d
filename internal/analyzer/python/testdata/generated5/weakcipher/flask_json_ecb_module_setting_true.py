# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=json shape=ecb_module_setting expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)
CIPHER_MODE = AES.MODE_ECB


@app.route("/00014", methods=["POST"])
def benchmark_test_00014():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, CIPHER_MODE)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return jsonify(result=str(result))
