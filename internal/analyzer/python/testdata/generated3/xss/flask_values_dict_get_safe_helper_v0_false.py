# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=values propagation=dict_get_safe (helper class) sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = "a-Value"
        m["keyB-55"] = param
        m["keyC"] = "another-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00229", methods=["GET", "POST"])
def benchmark_test_00229():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
