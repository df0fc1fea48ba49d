# generated case (gen_cases4): category=cmdi rule=PY-CMDI fw=flask source=todict shape=allowlist_get_const sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


@app.route("/00179", methods=["GET", "POST"])
def benchmark_test_00179():
    param = request.args.to_dict().get("BenchmarkTest", "")
    bar = CHOICES.get(param, "alpha")
    result = os.system("echo " + bar)
    return jsonify(result=str(result))
