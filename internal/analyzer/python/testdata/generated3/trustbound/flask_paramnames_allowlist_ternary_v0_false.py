# generated case (gen_cases3): category=trustbound rule=PY-TRUST-BOUNDARY fw=flask source=paramnames propagation=allowlist_ternary sink=v0 expected=false
import os

from flask import Flask, jsonify, request, session

app = Flask(__name__)
app.secret_key = os.environ["SECRET_KEY"]


@app.route("/00595", methods=["GET", "POST"])
def benchmark_test_00595():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param if param in ("alpha", "beta") else "alpha"
    session["userid"] = bar
    result = True
    return jsonify(result=str(result))
