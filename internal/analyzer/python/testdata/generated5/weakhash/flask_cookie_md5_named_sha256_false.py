# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=cookie shape=md5_named_sha256 expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00108", methods=["GET", "POST"])
def benchmark_test_00108():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    md5sum = hashlib.sha256(bar.encode("utf-8")).hexdigest()
    result = md5sum
    return jsonify(result=str(result))
