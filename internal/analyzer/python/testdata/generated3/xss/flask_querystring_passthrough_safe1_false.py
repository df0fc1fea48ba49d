# generated case (gen_cases3): category=xss rule=PY-XSS fw=flask source=querystring propagation=passthrough (helper class) sink=safe1 expected=false
import urllib.parse

from flask import Flask, request, Response

app = Flask(__name__)


class Test:
    def do_something(self, request, param):
        bar = param
        return bar


@app.route("/00231", methods=["GET", "POST"])
def benchmark_test_00231():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = Test().do_something(request, param)
    return Response("Formatted like: " + bar, mimetype="text/plain")
