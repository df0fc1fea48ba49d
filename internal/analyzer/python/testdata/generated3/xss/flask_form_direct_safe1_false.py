# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=form propagation=direct sink=safe1 expected=false
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/00230", methods=["POST"])
def benchmark_test_00230():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    return Response("Formatted like: " + bar, mimetype="text/plain")
