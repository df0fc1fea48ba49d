# generated case (gen_cases4): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=pathparam shape=des3_eax sink=config expected=true
import os

from Crypto.Cipher import DES3
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00575/<test_id>", methods=["GET", "POST"])
def benchmark_test_00575(test_id):
    param = test_id
    bar = param
    key = DES3.adjust_key_parity(os.urandom(24))
    cipher = DES3.new(key, DES3.MODE_EAX)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(bar.encode("utf-8")).hex()
    return jsonify(result=str(result))
