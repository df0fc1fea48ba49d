# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=cookie shape=dict_keyed_by_input_value sink=v0 expected=false
import base64
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00141", methods=["GET", "POST"])
def benchmark_test_00141():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    lookup = {param: "fixed"}
    bar = lookup[param]
    obj = pickle.loads(base64.b64decode(bar))
    result = type(obj).__name__
    return jsonify(result=str(result))
