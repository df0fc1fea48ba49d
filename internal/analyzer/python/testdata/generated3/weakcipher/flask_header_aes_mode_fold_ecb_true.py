# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=header variant=aes_mode_fold_ecb expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00688", methods=["GET", "POST"])
def benchmark_test_00688():
    param = request.headers.get("Referer", "")
    bar = param
    key = os.urandom(16)
    mode = AES.MODE_GCM if (7 * 18) + 106 < 200 else AES.MODE_ECB
    cipher = AES.new(key, mode)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return jsonify(result=str(result))
