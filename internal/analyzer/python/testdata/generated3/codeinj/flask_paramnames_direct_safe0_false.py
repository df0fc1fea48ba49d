# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=paramnames propagation=direct sink=safe0 expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00151", methods=["GET", "POST"])
def benchmark_test_00151():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    result = ast.literal_eval(bar)
    return jsonify(result=str(result))
