# generated case (gen_cases6): category=codeinj rule=PY-CODE-INJECTION fw=flask source=form shape=eval_of_repr sink=specific expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00346", methods=["POST"])
def benchmark_test_00346():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    result = eval(repr(bar))
    return jsonify(result=str(result))
