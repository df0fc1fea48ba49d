# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=querystring propagation=direct sink=safe2 expected=false
import urllib.parse

from flask import Flask, make_response, request

app = Flask(__name__)


@app.route("/00256", methods=["GET", "POST"])
def benchmark_test_00256():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    resp = make_response("Formatted like: " + bar)
    resp.mimetype = "text/plain"
    return resp
