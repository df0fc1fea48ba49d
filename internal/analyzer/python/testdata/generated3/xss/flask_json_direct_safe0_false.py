# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=json propagation=direct sink=safe0 expected=false
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00240", methods=["POST"])
def benchmark_test_00240():
    payload = request.get_json(silent=True) or {}
    param = str(payload.get("BenchmarkTest", ""))
    bar = param
    return "<p>Formatted like: " + html.escape(bar) + "</p>"
