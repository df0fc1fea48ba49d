# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=values propagation=dict_overwrite_same (helper class) sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        m = {}
        m["keyA-55"] = param
        m["keyB-55"] = "b-Value"
        m["keyA-55"] = "a-Value"
        bar = m["keyA-55"]
        return bar


@app.route("/00219", methods=["GET", "POST"])
def benchmark_test_00219():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
