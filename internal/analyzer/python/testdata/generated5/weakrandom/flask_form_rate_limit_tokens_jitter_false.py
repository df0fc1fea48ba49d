# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=form shape=rate_limit_tokens_jitter expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
RATE = 5.0


@app.route("/00139", methods=["POST"])
def benchmark_test_00139():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    refill_jitter = random.uniform(0.9, 1.1)
    tokens_per_second = RATE * refill_jitter
    result = round(tokens_per_second, 2) + len(bar)
    return jsonify(result=str(result))
