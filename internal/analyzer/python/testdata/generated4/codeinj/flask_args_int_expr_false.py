# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=args shape=int_expr sink=specific expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00369", methods=["GET", "POST"])
def benchmark_test_00369():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    result = eval("1 + " + str(int(bar)))
    return jsonify(result=str(result))
