# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=querystring shape=gcm_static_nonce expected=true
import os
import urllib.parse

from Crypto.Cipher import AES
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00032", methods=["GET", "POST"])
def benchmark_test_00032():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    key = os.urandom(16)
    cipher = AES.new(key, AES.MODE_GCM, nonce=b"\x00" * 12)  # want: PY-WEAK-CIPHER
    ct, tag = cipher.encrypt_and_digest(bar.encode("utf-8"))
    result = (cipher.nonce + tag + ct).hex()
    return jsonify(result=str(result))
