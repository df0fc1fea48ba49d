# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=paramnames shape=int_in_shell sink=specific expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00363", methods=["GET", "POST"])
def benchmark_test_00363():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    result = os.system("sleep " + str(int(bar)))
    return jsonify(result=str(result))
