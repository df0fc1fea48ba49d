# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist shape=exec_fstring sink=specific expected=true
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00375", methods=["GET", "POST"])
def benchmark_test_00375():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    exec(f"total = {bar}", {})  # want: PY-CODE-INJECTION
    result = True
    return jsonify(result=str(result))
