# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=paramnames propagation=direct sink=safe1 expected=false
from flask import Flask, jsonify, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)


@app.route("/00308", methods=["GET", "POST"])
def benchmark_test_00308():
    param = ""
    flag = False
    for name in request.args.keys():
        for value in request.args.getlist(name):
            if value == "BenchmarkTest" and not flag:
                param = name
                flag = True
    bar = param
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
