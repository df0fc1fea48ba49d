# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=args shape=sha1_salted_password expected=true
import hashlib
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00063", methods=["GET", "POST"])
def benchmark_test_00063():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    password = bar
    salt = os.urandom(8).hex()
    digest = hashlib.sha1((salt + password).encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH PY-WEAK-PASSWORD-HASH
    result = len(salt + "$" + digest)
    return jsonify(result=str(result))
