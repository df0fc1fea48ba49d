# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=json shape=cbc_const_iv_positional sink=config expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)
IV = b"\x00" * 16


@app.route("/00566", methods=["POST"])
def benchmark_test_00566():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, IV)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return jsonify(result=str(result))
