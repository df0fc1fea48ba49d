# generated case (gen_cases3): category=cmdi rule=PY-CMDI fw=flask source=pathparam propagation=direct sink=safe1 expected=false
import os
import shlex

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00114/<test_id>", methods=["GET", "POST"])
def benchmark_test_00114(test_id):
    param = test_id
    bar = param
    result = os.system("echo " + shlex.quote(bar))
    return jsonify(result=str(result))
