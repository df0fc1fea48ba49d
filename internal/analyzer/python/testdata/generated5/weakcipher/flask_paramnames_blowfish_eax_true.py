# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=paramnames shape=blowfish_eax expected=true
import os

from Crypto.Cipher import Blowfish
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00005", methods=["GET", "POST"])
def benchmark_test_00005():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    key = os.urandom(16)
    cipher = Blowfish.new(key, Blowfish.MODE_EAX)  # want: PY-WEAK-CIPHER
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = ct.hex()
    return jsonify(result=str(result))
