# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=cookie propagation=direct sink=safe2 expected=false
import yaml

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00505", methods=["GET", "POST"])
def benchmark_test_00505():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    obj = yaml.load(bar, Loader=yaml.SafeLoader)
    result = type(obj).__name__
    return jsonify(result=str(result))
