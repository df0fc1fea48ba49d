# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=header shape=hmac_md5_digestmod expected=true
import hashlib
import hmac
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


@app.route("/00072", methods=["GET", "POST"])
def benchmark_test_00072():
    param = request.headers.get("Referer", "")
    bar = param
    mac = hmac.new(HMAC_KEY, bar.encode("utf-8"), hashlib.md5)  # want: PY-WEAK-HASH
    result = mac.hexdigest()
    return jsonify(result=str(result))
