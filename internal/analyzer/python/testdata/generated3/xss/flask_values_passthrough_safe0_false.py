# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=values propagation=passthrough (helper class) sink=safe0 expected=false
import html

from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00253", methods=["GET", "POST"])
def benchmark_test_00253():
    param = request.values.get("BenchmarkTest", "")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + html.escape(bar) + "</p>"
