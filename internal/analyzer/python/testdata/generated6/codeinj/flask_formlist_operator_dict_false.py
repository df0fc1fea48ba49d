# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist shape=operator_dict sink=specific expected=false
import operator

from flask import Flask, jsonify, request

app = Flask(__name__)
OPS = {"add": operator.add, "mul": operator.mul}


@app.route("/00352", methods=["POST"])
def benchmark_test_00352():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param
    result = OPS[bar](6, 3)
    return jsonify(result=str(result))
