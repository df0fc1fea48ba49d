# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=getlist propagation=filter_isalnum sink=v1 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00152", methods=["GET", "POST"])
def benchmark_test_00152():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = "".join(filter(str.isalnum, param))
    exec("value = " + bar, {})
    result = True
    return jsonify(result=str(result))
