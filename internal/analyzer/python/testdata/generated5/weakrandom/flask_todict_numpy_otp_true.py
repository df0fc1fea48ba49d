# generated case (gen_cases5): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=todict shape=numpy_otp expected=true
import numpy as np

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00117", methods=["GET", "POST"])
def benchmark_test_00117():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    digits = np.random.randint(0, 10, size=6)  # want: PY-WEAK-RANDOM
    otp = "".join(str(d) for d in digits)
    result = len(otp + bar)
    return jsonify(result=str(result))
