# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=args shape=format_index_taint sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


@app.route("/00199", methods=["GET", "POST"])
def benchmark_test_00199():
    param = request.args.get("BenchmarkTest", "")
    bar = "{0}".format(param, "safe")
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
