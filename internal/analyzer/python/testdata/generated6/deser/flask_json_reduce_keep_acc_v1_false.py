# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=json shape=reduce_keep_acc sink=v1 expected=false
import functools
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00242", methods=["POST"])
def benchmark_test_00242():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = functools.reduce(lambda acc, s: acc, ["a-", param], "safe")
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=str(result))
