# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=getlist propagation=direct sink=safe0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00161", methods=["GET", "POST"])
def benchmark_test_00161():
    values = request.args.getlist("BenchmarkTest")
    param = values[0] if values else ""
    bar = param
    with open(os.path.join(BASE_DIR, os.path.basename(bar))) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
