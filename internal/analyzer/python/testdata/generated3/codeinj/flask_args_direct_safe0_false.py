# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=args propagation=direct sink=safe0 expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00163", methods=["GET", "POST"])
def benchmark_test_00163():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    result = ast.literal_eval(bar)
    return jsonify(result=str(result))
