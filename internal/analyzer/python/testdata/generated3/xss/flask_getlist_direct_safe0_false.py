# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=getlist propagation=direct sink=safe0 expected=false
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00228", methods=["GET", "POST"])
def benchmark_test_00228():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    return "<p>Formatted like: " + html.escape(bar) + "</p>"
