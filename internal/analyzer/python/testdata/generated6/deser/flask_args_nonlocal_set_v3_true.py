# generated case (gen_cases6): category=deser rule=PY-DESERIALIZATION fw=flask source=args shape=nonlocal_set sink=v3 expected=true
import base64
import io
import pickle

from flask import Flask, jsonify, request

app = Flask(__name__)


def outer_set(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    set_it()
    return result


def outer_unset(value):
    result = "safe"

    def set_it():
        nonlocal result
        result = value

    return result


@app.route("/00258", methods=["GET", "POST"])
def benchmark_test_00258():
    param = request.args.get("BenchmarkTest", "")
    bar = outer_set(param)
    obj = pickle.load(io.BytesIO(base64.b64decode(bar)))  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
