# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=args shape=des_cbc_random_iv expected=true
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00001", methods=["GET", "POST"])
def benchmark_test_00001():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(8)
    cipher = DES.new(key, DES.MODE_CBC, iv=os.urandom(8))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return jsonify(result=str(result))
