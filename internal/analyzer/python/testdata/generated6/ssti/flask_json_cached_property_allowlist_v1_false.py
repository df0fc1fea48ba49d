# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=json shape=cached_property_allowlist sink=v1 expected=false
from flask import Flask, jsonify, request
from functools import cached_property
from jinja2 import Environment

app = Flask(__name__)
KINDS = {"a": "advanced", "b": "basic"}


class Lookup:
    def __init__(self, raw):
        self._raw = raw

    @cached_property
    def term(self):
        return self._raw.strip()

    @cached_property
    def kind(self):
        return KINDS.get(self._raw, "basic")


@app.route("/00044", methods=["POST"])
def benchmark_test_00044():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Lookup(param).kind
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
