# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=getlist propagation=direct sink=safe0 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00534", methods=["GET", "POST"])
def benchmark_test_00534():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    obj = yaml.safe_load(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
