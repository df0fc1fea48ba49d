# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=formlist shape=varargs_first sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


def last(*values):
    return values[-1]


@app.route("/00240", methods=["POST"])
def benchmark_test_00240():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    bar = last(param, "safe")
    return "<p>Formatted like: " + bar + "</p>"
