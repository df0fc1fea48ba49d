# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=todict propagation=direct sink=safe1 expected=false
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00120", methods=["GET", "POST"])
def benchmark_test_00120():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return jsonify(result=str(result))
