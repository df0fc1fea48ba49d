# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=args shape=yaml_loader_var_safe sink=specific expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00517", methods=["GET", "POST"])
def benchmark_test_00517():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    loader = yaml.SafeLoader
    obj = yaml.load(bar, Loader=loader)
    result = type(obj).__name__
    return jsonify(result=str(result))
