# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=form shape=hmac_digest_md5 expected=true
import hmac
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
HMAC_KEY = os.environ["HMAC_KEY"].encode("utf-8")


@app.route("/00076", methods=["POST"])
def benchmark_test_00076():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    result = hmac.digest(HMAC_KEY, bar.encode("utf-8"), "md5").hex()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
