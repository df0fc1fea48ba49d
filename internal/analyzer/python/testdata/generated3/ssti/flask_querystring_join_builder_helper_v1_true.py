# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=querystring propagation=join_builder (helper class) sink=v1 expected=true
import urllib.parse

from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        sbuilder = []
        sbuilder.append("prefix-")
        sbuilder.append(param)
        bar = "".join(sbuilder)
        return bar


@app.route("/00291", methods=["GET", "POST"])
def benchmark_test_00291():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
