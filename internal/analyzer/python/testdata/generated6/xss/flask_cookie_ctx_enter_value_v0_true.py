# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=cookie shape=ctx_enter_value sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


class Scope:
    def __init__(self, value):
        self.value = value
        self.label = "scope"

    def __enter__(self):
        return self.value

    def __exit__(self, *exc):
        return False


class Labelled(Scope):
    def __enter__(self):
        return self.label


@app.route("/00082", methods=["GET", "POST"])
def benchmark_test_00082():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    with Scope(param) as entered:
        bar = entered
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
