# generated case (gen_cases3): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist propagation=direct sink=safe0 expected=false
import ast

from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00131", methods=["POST"])
def benchmark_test_00131():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = ast.literal_eval(bar)
    return jsonify(result=str(result))
