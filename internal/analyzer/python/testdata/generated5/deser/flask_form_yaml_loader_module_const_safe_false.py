# generated case (gen_cases5): category=deser rule=PY-DESERIALIZATION fw=flask source=form shape=yaml_loader_module_const_safe expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)
YAML_LOADER = yaml.SafeLoader


@app.route("/00384", methods=["POST"])
def benchmark_test_00384():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    obj = yaml.load(bar, Loader=YAML_LOADER)
    result = type(obj).__name__
    return jsonify(result=str(result))
