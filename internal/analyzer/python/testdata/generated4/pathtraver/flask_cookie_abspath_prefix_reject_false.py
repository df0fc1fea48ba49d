# generated case (gen_cases4): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie shape=abspath_prefix_reject sink=specific expected=false
import os

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00381", methods=["GET", "POST"])
def benchmark_test_00381():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    bar = param
    full = os.path.abspath(os.path.join(BASE_DIR, bar))
    if not full.startswith(BASE_DIR):
        abort(400)
    with open(full) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
