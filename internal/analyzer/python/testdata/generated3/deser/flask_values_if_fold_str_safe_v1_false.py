# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=values propagation=if_fold_str_safe sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00533", methods=["GET", "POST"])
def benchmark_test_00533():
    param = request.values.get("BenchmarkTest", "")
    if "abc".upper() == "ABC":
        bar = "This_should_always_happen"
    else:
        bar = param
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=str(result))
