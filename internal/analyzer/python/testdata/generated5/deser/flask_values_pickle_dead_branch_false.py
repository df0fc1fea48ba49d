# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=values shape=pickle_dead_branch expected=false
import base64
import json
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00407", methods=["GET", "POST"])
def benchmark_test_00407():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    if False:
        obj = pickle.loads(base64.b64decode(bar))
    else:
        obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
