# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=values propagation=direct sink=safe1 expected=false
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/00242", methods=["GET", "POST"])
def benchmark_test_00242():
    param = request.values.get("BenchmarkTest", "")
    bar = param
    return Response("Formatted like: " + bar, mimetype="text/plain")
