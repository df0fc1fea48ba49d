# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=getlist propagation=passthrough (helper class) sink=safe1 expected=false
from flask import Flask, request, Response

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00243", methods=["GET", "POST"])
def benchmark_test_00243():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = Test().do_something(request, param)
    return Response("Formatted like: " + bar, mimetype="text/plain")
