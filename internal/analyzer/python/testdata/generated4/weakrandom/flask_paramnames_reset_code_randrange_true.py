# generated case (gen_cases4): category=weakrandom rule=PY-WEAK-RANDOM fw=flask source=paramnames shape=reset_code_randrange sink=config expected=true
import random

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00578", methods=["GET", "POST"])
def benchmark_test_00578():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    reset_code = "%06d" % random.randrange(1000000)  # want: PY-WEAK-RANDOM
    result = len(reset_code + bar)
    return jsonify(result=str(result))
