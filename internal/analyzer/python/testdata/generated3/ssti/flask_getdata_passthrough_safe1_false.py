# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=getdata propagation=passthrough (helper class) sink=safe1 expected=false
from flask import Flask, jsonify, request
from jinja2.sandbox import SandboxedEnvironment

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00309", methods=["POST"])
def benchmark_test_00309():
    param = request.get_data(as_text=True)
    bar = Test().do_something(request, param)
    result = SandboxedEnvironment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()
    return jsonify(result=str(result))
