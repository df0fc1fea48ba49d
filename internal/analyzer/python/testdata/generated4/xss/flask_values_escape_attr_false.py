# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=values shape=escape_attr sink=specific expected=false
import html

from flask import Flask, request

app = Flask(__name__)


@app.route("/00416", methods=["GET", "POST"])
def benchmark_test_00416():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    return '<a title="' + html.escape(bar) + '">profile</a>'
