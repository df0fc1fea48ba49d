# generated case (gen_cases4): category=codeinj rule=PY-CODE-INJECTION fw=flask source=formlist shape=hex_encode sink=v0 expected=false
from flask import Flask, jsonify, request

app = Flask(__name__)


@app.route("/00280", methods=["POST"])
def benchmark_test_00280():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = param.encode("utf-8").hex()
    result = eval(bar)
    return jsonify(result=str(result))
