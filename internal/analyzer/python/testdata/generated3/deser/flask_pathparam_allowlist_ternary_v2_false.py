# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=pathparam propagation=allowlist_ternary sink=v2 expected=false
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00527/<test_id>", methods=["GET", "POST"])
def benchmark_test_00527(test_id):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    obj = jsonpickle.decode(bar)
    result = type(obj).__name__
    return jsonify(result=str(result))
