# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=args shape=dunder_str_safe sink=v1 expected=false
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Wrapped:
    def __init__(self, value):
        self.value = value

    def __str__(self):
        return self.value


class Opaque(Wrapped):
    def __str__(self):
        return "wrapped"


@app.route("/00278", methods=["GET", "POST"])
def benchmark_test_00278():
    param = request.args.get("BenchmarkTest", "")
    bar = str(Opaque(param))
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
