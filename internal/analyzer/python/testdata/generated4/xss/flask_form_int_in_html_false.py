# generated case (gen_cases4): category=xss rule=PY-XSS fw=flask source=form shape=int_in_html sink=specific expected=false
from flask import Flask, request

app = Flask(__name__)


@app.route("/00429", methods=["POST"])
def benchmark_test_00429():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    return "<p>Page " + str(int(bar)) + "</p>"
