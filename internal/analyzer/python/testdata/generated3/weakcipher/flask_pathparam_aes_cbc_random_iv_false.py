# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=pathparam variant=aes_cbc_random_iv expected=false
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00700/<test_id>", methods=["GET", "POST"])
def benchmark_test_00700(test_id):
    param = test_id
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=os.urandom(16))
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return jsonify(result=str(result))
