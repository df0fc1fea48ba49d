# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=formlist propagation=try_int_fallback sink=v0 expected=false
from flask import Flask, request

app = Flask(__name__)


@app.route("/00226", methods=["POST"])
def benchmark_test_00226():
    param = " ".join(request.form.getlist("BenchmarkTest"))
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return "<p>Formatted like: " + bar + "</p>"
