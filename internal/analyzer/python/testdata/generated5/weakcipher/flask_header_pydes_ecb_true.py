# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=header shape=pydes_ecb expected=true
import os
import pyDes

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00010", methods=["GET", "POST"])
def benchmark_test_00010():
    param = request.headers.get("Referer", "")
    bar = param
    cipher = pyDes.des(os.urandom(8), pyDes.ECB, pad=None, padmode=pyDes.PAD_PKCS5)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(bar.encode("utf-8")).hex()
    return jsonify(result=str(result))
