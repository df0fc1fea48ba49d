# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist shape=lambda_ignore sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00222", methods=["GET", "POST"])
def benchmark_test_00222():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    fmt = lambda v: "safe"
    bar = fmt(param)
    result = eval(bar)
    return jsonify(result=str(result))
