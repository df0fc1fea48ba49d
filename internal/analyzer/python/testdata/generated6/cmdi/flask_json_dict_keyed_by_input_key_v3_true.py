# generated case (gen_cases6): category=cmdi rule=PY-CMDI fw=flask source=json shape=dict_keyed_by_input_key sink=v3 expected=true
import os

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00143", methods=["POST"])
def benchmark_test_00143():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = next(iter({param: "fixed"}))
    result = os.popen("nslookup " + bar).read()  # want: PY-CMDI
    return jsonify(result=str(result))
