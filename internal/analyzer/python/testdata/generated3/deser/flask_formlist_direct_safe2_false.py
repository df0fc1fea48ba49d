# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=formlist propagation=direct sink=safe2 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00562", methods=["POST"])
def benchmark_test_00562():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return jsonify(result=str(result))
