# generated case (gen_cases3): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=querystring variant=blowfish expected=true
import os
import urllib.parse

from Crypto.Cipher import Blowfish
from Crypto.Util.Padding import pad
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00693", methods=["GET", "POST"])
def benchmark_test_00693():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    cipher = Blowfish.new(os.urandom(16), Blowfish.MODE_CBC, iv=os.urandom(8))  # want: PY-WEAK-CIPHER
    result = cipher.encrypt(pad(bar.encode("utf-8"), 8)).hex()
    return jsonify(result=str(result))
