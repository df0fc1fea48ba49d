# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=todict propagation=try_int_fallback sink=v1 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00533", methods=["GET", "POST"])
def benchmark_test_00533():
    param = request.args.to_dict().get("BenchmarkTest", "")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    obj = yaml.load(bar, Loader=yaml.Loader)
    result = type(obj).__name__
    return jsonify(result=str(result))
