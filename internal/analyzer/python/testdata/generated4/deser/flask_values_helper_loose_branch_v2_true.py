# generated case (gen_cases4): category=deser rule=PY-DESERIALIZATION fw=flask source=values shape=helper_loose_branch sink=v2 expected=true
import jsonpickle
import re

from flask import Flask, jsonify, request

app = Flask(__name__)


def normalize(value, strict=False):
    if strict:
        return re.sub(r"[^A-Za-z0-9]", "", value)
    return value.strip()


@app.route("/00051", methods=["GET", "POST"])
def benchmark_test_00051():
    param = request.values.get("BenchmarkTest", "")
    bar = normalize(param)
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
