# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=formlist shape=yaml_loader_positional sink=specific expected=true
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00451", methods=["POST"])
def benchmark_test_00451():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    obj = yaml.load(bar, yaml.Loader)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
