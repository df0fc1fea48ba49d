# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=paramnames shape=flag_dead_raw expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]
ALLOW_CUSTOM_NAMES = False


@app.route("/00425", methods=["GET", "POST"])
def benchmark_test_00425():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    value = "guest"
    if ALLOW_CUSTOM_NAMES:
        value = bar
    session["display_name"] = value
    result = True
    return jsonify(result=str(result))
