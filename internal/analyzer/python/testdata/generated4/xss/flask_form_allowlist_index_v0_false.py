# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=form shape=allowlist_index sink=v0 expected=false
from flask import Flask, abort, request

app = Flask(__name__)
CHOICES = {"a": "alpha", "b": "beta", "g": "gamma"}


@app.route("/00172", methods=["POST"])
def benchmark_test_00172():
    param = request.form.get("BenchmarkTest", "")
    try:
        bar = CHOICES[param]
    except KeyError:
        abort(400)
    return "<p>Formatted like: " + bar + "</p>"
