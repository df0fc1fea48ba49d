# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=querystring propagation=direct sink=safe1 expected=false
import json
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00561", methods=["GET", "POST"])
def benchmark_test_00561():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    obj = json.loads(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
