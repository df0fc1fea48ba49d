# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=cookie shape=chacha20_poly1305_pycryptodome expected=false
import os

from Crypto.Cipher import ChaCha20_Poly1305
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00045", methods=["GET", "POST"])
def benchmark_test_00045():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    key = os.urandom(32)
    cipher = ChaCha20_Poly1305.new(key=key)
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return jsonify(result=str(result))
