# generated case (gen_cases5): category=weakhash rule=PY-WEAK-HASH fw=flask source=getlist shape=algo_flag_dead expected=false
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)
LEGACY_DIGESTS = False


@app.route("/00086", methods=["GET", "POST"])
def benchmark_test_00086():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    algo = "sha256"
    if LEGACY_DIGESTS:
        algo = "md5"
    result = hashlib.new(algo, bar.encode("utf-8")).hexdigest()
    return jsonify(result=str(result))
