# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=values shape=dictloader_source sink=specific expected=true
from flask import Flask, jsonify, request
from jinja2 import DictLoader, Environment

app = Flask(__name__)


@app.route("/00391", methods=["GET", "POST"])
def benchmark_test_00391():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    result = Environment(loader=DictLoader({"page": "<p>" + bar + "</p>"})).get_template("page").render()  # want: PY-SSTI
    return jsonify(result=str(result))
