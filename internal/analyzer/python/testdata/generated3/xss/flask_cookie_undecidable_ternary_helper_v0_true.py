# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=cookie propagation=undecidable_ternary (helper class) sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param if len(param) > 1 else "safe"
        return bar


@app.route("/00231", methods=["GET", "POST"])
def benchmark_test_00231():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = Test().do_something(request, param)
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
