# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=form shape=slice_empty sink=v1 expected=false
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00294", methods=["POST"])
def benchmark_test_00294():
    param = request.form.get("BenchmarkTest", "")
    bar = param[:0] + "safe"
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
