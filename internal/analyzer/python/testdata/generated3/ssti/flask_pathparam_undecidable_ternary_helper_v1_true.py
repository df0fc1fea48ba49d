# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=pathparam propagation=undecidable_ternary (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00264/<test_id>", methods=["GET", "POST"])
def benchmark_test_00264(test_id):
    param = test_id
    bar = Test().do_something(request, param)
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
