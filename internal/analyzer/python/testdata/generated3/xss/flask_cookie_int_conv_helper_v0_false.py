# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=cookie propagation=int_conv (helper class) sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = str(int(param))
        return bar


@app.route("/00241", methods=["GET", "POST"])
def benchmark_test_00241():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"
