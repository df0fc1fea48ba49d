# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=paramnames propagation=regex_guard_reassign (helper class) sink=v1 expected=false
import re

from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        if not re.match(r"^[a-zA-Z0-9]+$", bar):
            bar = "safe"
        return bar


@app.route("/00303", methods=["GET", "POST"])
def benchmark_test_00303():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = Test().do_something(request, param)
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
