# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist shape=extend_index sink=v0 expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00096", methods=["GET", "POST"])
def benchmark_test_00096():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    items = ["safe"]
    items.extend([param, "more"])
    bar = items[1]
    result = eval(bar)  # want: PY-CODE-INJECTION
    return jsonify(result=str(result))
