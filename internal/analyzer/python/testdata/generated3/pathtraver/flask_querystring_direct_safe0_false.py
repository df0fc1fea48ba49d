# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=querystring propagation=direct sink=safe0 expected=false
import os
import urllib.parse

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00201", methods=["GET", "POST"])
def benchmark_test_00201():
    qs = urllib.parse.parse_qs(request.query_string.decode("utf-8"))
    param = qs.get("BenchmarkTest", [""])[0]
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
