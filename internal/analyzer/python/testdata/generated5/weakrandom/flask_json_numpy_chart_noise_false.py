# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=json shape=numpy_chart_noise expected=false
import numpy as np

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00140", methods=["POST"])
def benchmark_test_00140():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    noise = np.random.normal(0, 1, size=20)
    result = float(noise.mean()) + len(bar)
    return jsonify(result=str(result))
