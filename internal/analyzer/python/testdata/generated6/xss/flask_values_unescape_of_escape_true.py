# generated case (gen_cases6): category=xss rule=PY-XSS fw=flask source=values shape=unescape_of_escape sink=specific expected=true
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00380", methods=["GET", "POST"])
def benchmark_test_00380():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    return "<p>" + html.unescape(html.escape(bar)) + "</p>"  # want: PY-XSS
