# generated case (gen_cases4): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=paramnames shape=generator_fn_safe sink=v1 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


def pieces(value):
    yield "safe"
    yield value


@app.route("/00244", methods=["GET", "POST"])
def benchmark_test_00244():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = list(pieces(param))[0]
    session[bar] = "10340"
    result = True
    return jsonify(result=str(result))
