# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=args shape=update_kw sink=v0 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00087", methods=["GET", "POST"])
def benchmark_test_00087():
    param = request.args.get("BenchmarkTest", "")
    options = {"a": "safe"}
    options.update(a=param)
    bar = options["a"]
    result = os.system("echo " + bar)  # want: PY-CMDI
    return jsonify(result=str(result))
