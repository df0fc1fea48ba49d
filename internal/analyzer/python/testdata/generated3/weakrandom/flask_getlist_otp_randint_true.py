# generated case (gen_cases3): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=getlist variant=otp_randint expected=true
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00711", methods=["GET", "POST"])
def benchmark_test_00711():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    otp = str(random.randint(100000, 999999))  # want: PY-WEAK-RANDOM
    result = len(otp + bar)
    return jsonify(result=str(result))
