# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=form propagation=direct sink=safe4 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"
BASE_ROOT = "/srv/app/testfiles"


@app.route("/00205", methods=["POST"])
def benchmark_test_00205():
    param = request.form.get("BenchmarkTest", "")
    bar = param
    full = os.path.realpath(os.path.join(BASE_ROOT, bar))
    if os.path.commonpath([full, BASE_ROOT]) != BASE_ROOT:
        raise ValueError("outside the base directory")
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
