# generated case (gen_cases3): category=weakhash rule=PY-WEAK-HASH fw=flask source=args variant=md5 expected=true
import hashlib

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00648", methods=["GET", "POST"])
def benchmark_test_00648():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    result = hashlib.md5(bar.encode("utf-8")).hexdigest()  # want: PY-WEAK-HASH
    return jsonify(result=str(result))
