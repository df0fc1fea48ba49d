# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=pathparam variant=sampling expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00587/<test_id>", methods=["GET", "POST"])
def benchmark_test_00587(test_id):
    param = test_id
    bar = param
    sampled = random.random() < 0.1
    result = sampled and len(bar) > 0
    return jsonify(result=str(result))
