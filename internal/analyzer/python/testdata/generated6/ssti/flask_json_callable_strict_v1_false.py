# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=json shape=callable_strict sink=v1 expected=false
import re

from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Normalizer:
    def __init__(self, mode):
        self.mode = mode

    def __call__(self, value):
        if self.mode == "strict":
            return re.sub(r"[^A-Za-z0-9]", "", value)
        return value.strip()


@app.route("/00262", methods=["POST"])
def benchmark_test_00262():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Normalizer("strict")(param)
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
