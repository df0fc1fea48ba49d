# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=args propagation=list_pop_taint (helper class) sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        values_list = []
        values_list.append("safe")
        values_list.append(param)
        values_list.append("moresafe")
        values_list.pop(0)
        bar = values_list[0]
        return bar


@app.route("/00223", methods=["GET", "POST"])
def benchmark_test_00223():
    param = request.args.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
