# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=flask source=cookie propagation=try_int_fallback sink=v0 expected=false
import os

from flask import Flask, jsonify, request

app = Flask(__name__)
BASE_DIR = "/srv/app/testfiles/"


@app.route("/00190", methods=["GET", "POST"])
def benchmark_test_00190():
    param = request.cookies.get("BenchmarkTest", "noCookieValueSupplied")
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    with open(os.path.join(BASE_DIR, bar)) as fh:
        result = len(fh.read())
    return jsonify(result=str(result))
