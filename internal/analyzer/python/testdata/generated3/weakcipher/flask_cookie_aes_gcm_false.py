# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=cookie variant=aes_gcm expected=false
import os

from Crypto.Cipher import AES
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00694", methods=["GET", "POST"])
def benchmark_test_00694():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_GCM)
    ciphertext, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ciphertext).hex()
    return jsonify(result=str(result))
