# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=json shape=yaml_loader_reassigned_safe expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00385", methods=["POST"])
def benchmark_test_00385():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    loader = yaml.Loader
    loader = yaml.SafeLoader
    obj = yaml.load(bar, Loader=loader)
    result = type(obj).__name__
    return jsonify(result=str(result))
