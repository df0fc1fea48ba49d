# generated case (gen_cases4): category=weakhash rule=PY-WEAK-HASH fw=flask source=form shape=sha3 sink=config expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00554", methods=["POST"])
def benchmark_test_00554():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    result = hashlib.sha3_256(bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
