# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=args variant=des_ecb expected=true
import os

from Crypto.Cipher import DES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00676", methods=["GET", "POST"])
def benchmark_test_00676():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    key = os.urandom(8)
    cipher = DES.new(key, DES.MODE_ECB)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return jsonify(result=str(result))
