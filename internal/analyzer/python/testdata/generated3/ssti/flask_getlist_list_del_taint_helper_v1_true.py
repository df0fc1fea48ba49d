# generated case (gen_cases3): category=ssti rule=PY-SSTI fw=flask source=getlist propagation=list_del_taint (helper class) sink=v1 expected=true
from flask import Flask, jsonify, request
from jinja2 import Environment

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = ["safe", param, "moresafe"]
        del values_list[0]
        bar = values_list[0]
        return bar


@app.route("/00279", methods=["GET", "POST"])
def benchmark_test_00279():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    result = Environment(autoescape=True).from_string("<p>Hello " + bar + "</p>").render()  # want: PY-SSTI
    return jsonify(result=str(result))
