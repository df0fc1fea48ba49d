# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=cookie propagation=thing_factory sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


class Thing:
    def do_something(self, value):
        return value


def make_thing():
    return Thing()


@app.route("/00220", methods=["GET", "POST"])
def benchmark_test_00220():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    thing = make_thing()
    bar = thing.do_something(param)
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
