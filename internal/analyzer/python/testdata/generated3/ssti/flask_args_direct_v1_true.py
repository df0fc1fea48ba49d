# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=args propagation=direct sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00270", methods=["GET", "POST"])
def benchmark_test_00270():
    param = request.args.get("BenchmarkTest", "")
    bar = param
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
