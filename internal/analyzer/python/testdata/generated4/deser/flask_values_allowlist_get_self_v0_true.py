# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=values shape=allowlist_get_self sink=v0 expected=true
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


@app.route("/00177", methods=["GET", "POST"])
def benchmark_test_00177():
    param = request.values.get("BenchmarkTest", "")
    bar = CHOICES.get(param, param)
    obj = pickle.loads(base64.b64decode(bar))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
