# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=getdata shape=cbc_module_iv expected=true
import os

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)
STATIC_IV = b"\x00" * 16


@app.route("/00027", methods=["POST"])
def benchmark_test_00027():
    param = request.get_data(as_text=True)
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_CBC, iv=STATIC_IV)  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 16)).hex()
    return jsonify(result=str(result))
