# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=getlist shape=fstring_align sink=v0 expected=true
from flask import Flask, request

app = Flask(__name__)


@app.route("/00262", methods=["GET", "POST"])
def benchmark_test_00262():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = f"{param:>20}"
    return "<p>Formatted like: " + bar + "</p>"  # want: PY-XSS
