# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=getlist shape=ecb_reassigned_gcm expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00023", methods=["GET", "POST"])
def benchmark_test_00023():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_ECB
    mode = AES.MODE_GCM
    cipher = AES.new(key, mode)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return jsonify(result=str(result))
