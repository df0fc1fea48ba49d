# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=paramnames propagation=replace_braces (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param.replace("{{", "").replace("}}", "")
        return bar


@app.route("/00291", methods=["GET", "POST"])
def benchmark_test_00291():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
