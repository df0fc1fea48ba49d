# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=json propagation=passthrough (helper class) sink=safe0 expected=false
import html

from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00229", methods=["POST"])
def benchmark_test_00229():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + html.escape(bar) + "</p>"
