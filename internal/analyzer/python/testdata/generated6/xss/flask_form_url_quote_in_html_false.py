# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=form shape=url_quote_in_html sink=specific expected=false
import urllib.parse

from flask import Flask, request

app = Flask(__name__)


@app.route("/00379", methods=["POST"])
def benchmark_test_00379():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    return "<p>" + urllib.parse.quote(bar) + "</p>"
