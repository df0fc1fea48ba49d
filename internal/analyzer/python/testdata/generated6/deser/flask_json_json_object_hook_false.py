# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=json shape=json_object_hook sink=specific expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00454", methods=["POST"])
def benchmark_test_00454():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    obj = json.loads(bar, object_hook=lambda d: {k: str(v) for k, v in d.items()})
    result = type(obj).__name__
    return jsonify(result=str(result))
