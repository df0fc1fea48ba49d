# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=json shape=yaml_csafe_positional sink=specific expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00515", methods=["POST"])
def benchmark_test_00515():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    obj = yaml.load(bar, yaml.CSafeLoader)
    result = type(obj).__name__
    return jsonify(result=str(result))
