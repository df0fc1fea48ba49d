# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=form propagation=direct sink=safe0 expected=false
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00252", methods=["POST"])
def benchmark_test_00252():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    return "<p>Formatted like: " + html.escape(bar) + "</p>"
