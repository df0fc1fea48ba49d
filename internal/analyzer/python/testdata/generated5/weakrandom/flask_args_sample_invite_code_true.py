# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=args shape=sample_invite_code expected=true
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00126", methods=["GET", "POST"])
def benchmark_test_00126():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    invite_code = "".join(str(d) for d in random.sample(range(10), 6))  # want: PY-WEAK-RANDOM
    result = len(invite_code + bar)
    return jsonify(result=str(result))
