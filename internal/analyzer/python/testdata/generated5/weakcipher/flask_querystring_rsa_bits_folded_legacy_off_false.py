# generated case (gen_cases5): category=weakcipher rule=PY-WEAK-CIPHER fw=flask source=querystring shape=rsa_bits_folded_legacy_off expected=false
import urllib.parse

from Crypto.PublicKey import RSA
from flask import Flask, jsonify, request

app = Flask(__name__)
LEGACY_KEYS = False


@app.route("/00058", methods=["GET", "POST"])
def benchmark_test_00058():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    bits = 1024 if LEGACY_KEYS else 3072
    key = RSA.generate(bits)
    result = len(bar) + key.size_in_bits()
    return jsonify(result=str(result))
