# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=header shape=pickle_hmac_verified sink=specific expected=false
import base64
import hashlib
import hmac
import os
import pickle

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
SIGNING_KEY = os.environ["SIGNING_KEY"].encode()


@app.route("/00525", methods=["GET", "POST"])
def benchmark_test_00525():
    param = request.headers.get("Referer", "")
    bar = param
    raw = base64.b64decode(bar)
    sig, blob = raw[:32], raw[32:]
    expected = hmac.new(SIGNING_KEY, blob, hashlib.sha256).digest()
    if not hmac.compare_digest(sig, expected):
        abort(400)
    obj = pickle.loads(blob)
    result = type(obj).__name__
    return jsonify(result=str(result))
