# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=header propagation=direct sink=safe1 expected=false
from flask import Flask, request, Response

app = Flask(__name__)


@app.route("/00254", methods=["GET", "POST"])
def benchmark_test_00254():
    param = request.headers.get("Referer", "")
    bar = param
    return Response("Formatted like: " + bar, mimetype="text/plain")
