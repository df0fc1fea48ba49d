# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=paramnames variant=aes_mode_fold_gcm expected=false
import os

from Crypto.Cipher import AES
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00705", methods=["GET", "POST"])
def benchmark_test_00705():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM if (7 * 18) + 106 > 200 else AES.MODE_ECB
    cipher = AES.new(key, mode)
    ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = ciphertext.hex()
    return jsonify(result=str(result))
