# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=getlist variant=des3_cbc expected=true
import os

from Crypto.Cipher import DES3
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00681", methods=["GET", "POST"])
def benchmark_test_00681():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    key = DES3.adjust_key_parity(os.urandom(24))
    cipher = DES3.new(key, DES3.MODE_CBC, iv=os.urandom(8))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return jsonify(result=str(result))
