# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=pathparam propagation=allowlist_ternary sink=v1 expected=false
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


@app.route("/00282/<test_id>", methods=["GET", "POST"])
def benchmark_test_00282(test_id):
    param = test_id
    bar = param if param in ("alpha", "beta") else "alpha"
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
