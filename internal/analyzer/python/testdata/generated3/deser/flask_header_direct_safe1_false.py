# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=header propagation=direct sink=safe1 expected=false
import json

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00504", methods=["GET", "POST"])
def benchmark_test_00504():
    param = request.headers.get("Referer", "")
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
