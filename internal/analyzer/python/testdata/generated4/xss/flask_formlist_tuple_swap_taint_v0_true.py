# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=formlist shape=tuple_swap_taint sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


@app.route("/00114", methods=["POST"])
def benchmark_test_00114():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    a, b = param, "safe"
    a, b = b, a
    bar = b
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
