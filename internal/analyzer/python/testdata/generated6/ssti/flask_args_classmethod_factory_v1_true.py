# generated case (gen_cases6): category=ssti rule=PY-SSTI fw=flask source=args shape=classmethod_factory sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)
COLUMNS = {"n": "name", "e": "email"}


class Term:
    def __init__(self, text):
        self.text = text

    @classmethod
    def parse(cls, raw):
        return cls(raw.strip())

    @classmethod
    def default(cls, raw):
        return cls("all")

    @staticmethod
    def column(raw):
        return COLUMNS.get(raw, "name")


@app.route("/00060", methods=["GET", "POST"])
def benchmark_test_00060():
    param = request.args.get("BenchmarkTest", "")
    bar = Term.parse(param).text
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
