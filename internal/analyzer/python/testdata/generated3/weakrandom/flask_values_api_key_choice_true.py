# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=values variant=api_key_choice expected=true
import random

from flask import Flask, jsonify, request

app = Flask(__name__)
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"


@app.route("/00712", methods=["GET", "POST"])
def benchmark_test_00712():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    api_key = "".join(random.choice(ALPHABET) for _ in range(32))  # want: PY-WEAK-RANDOM
    result = len(api_key) + len(bar)
    return jsonify(result=str(result))
