# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=todict variant=sampling expected=false
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00736", methods=["GET", "POST"])
def benchmark_test_00736():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    sampled = random.random() < 0.1
    result = sampled and len(bar) > 0
    return jsonify(result=str(result))
