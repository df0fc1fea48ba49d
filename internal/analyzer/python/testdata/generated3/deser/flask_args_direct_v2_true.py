# generated case (gen_cases3): category=deser rule=PY-DESERIALIZATION fw=flask source=args propagation=direct sink=v2 expected=true
import jsonpickle

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00527", methods=["GET", "POST"])
def benchmark_test_00527():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    obj = jsonpickle.decode(bar)  # want: PY-DESERIALIZATION
    result = type(obj).__name__
    return jsonify(result=str(result))
