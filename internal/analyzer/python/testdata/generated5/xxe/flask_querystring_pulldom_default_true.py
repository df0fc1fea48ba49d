# generated case (gen_cases5): category=xxe rule=PY-XXE fw=flask source=querystring shape=pulldom_default expected=true
import urllib.parse

from flask import Flask, jsonify, request
from xml.dom import pulldom

app = Flask(__name__)


@app.route("/00303", methods=["GET", "POST"])
def benchmark_test_00303():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    events = pulldom.parseString(bar)  # want: PY-XXE
    result = sum(1 for _ in events)
    return jsonify(result=str(result))
